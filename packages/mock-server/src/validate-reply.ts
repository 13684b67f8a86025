import { MockScriptError } from "./mock-script-error.js";
import { resolveMessage } from "./resolve-message.js";
import type { Reply } from "./types.js";

/**
 * Throws {@link MockScriptError} for a reply that cannot be served as written, so a bad script
 * fails at `enqueue` in the test rather than as a puzzling 500 later.
 */
export function validateReply(reply: Reply): void {
  if (reply.type === "message") {
    resolveMessage(reply, 0);
    return;
  }
  const status = reply.type === "error" ? reply.status : reply.type === "raw" ? reply.status : 200;
  if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) {
    throw new MockScriptError(`status must be an HTTP status code (100-599), got ${status}`);
  }
}
