import type { ServerResponse } from "node:http";
import { completionBody } from "./completion-body.js";
import { errorFields } from "./error-body.js";
import type { ResolvedMessage } from "./resolve-message.js";
import type { ResponseContext } from "./response-context.js";
import { sendJson } from "./send-json.js";
import { untilSettledOrAborted } from "./sleep.js";
import { openEventStream } from "./sse-writer.js";
import { type StreamRequestOptions, streamChunks } from "./stream-chunks.js";
import type { StreamScript } from "./types.js";

/** A line that is not JSON, shaped like the start of a chunk so it looks like a truncated event. */
const MALFORMED_PAYLOAD =
  '{"id":"chatcmpl-malformed","object":"chat.completion.chunk","choices":[{';

/** Sends a non-streaming completion as JSON. */
export function sendCompletion(
  response: ServerResponse,
  message: ResolvedMessage,
  context: ResponseContext,
  headers: Record<string, string>,
): void {
  sendJson(response, 200, completionBody(message, context), headers);
}

/** Streams a completion as SSE, applying the script's faults at their chunk positions. */
export async function streamCompletion(
  response: ServerResponse,
  message: ResolvedMessage,
  context: ResponseContext,
  headers: Record<string, string>,
  script: StreamScript,
  options: StreamRequestOptions,
  signal: AbortSignal,
): Promise<void> {
  const writer = openEventStream(response, headers, script, signal);
  const chunks = streamChunks(message, context, options);
  // Position i means "after i data events"; the loop runs once past the last chunk so a fault can
  // also sit between the last chunk and [DONE].
  for (let i = 0; i <= chunks.length; i++) {
    if (!writer.open) return;
    if (i === script.dropAfterChunks) {
      response.socket?.destroy();
      return;
    }
    if (i === script.malformedAfterChunks) await writer.data(MALFORMED_PAYLOAD);
    if (i === script.errorAfterChunks) {
      const fields = errorFields(500, "Stream interrupted by an internal error");
      await writer.data(JSON.stringify({ error: fields, status_code: 500 }));
      response.end();
      return;
    }
    if (i === script.gate?.afterChunks) await untilSettledOrAborted(script.gate.until, signal);
    if (!writer.open) return;
    const chunk = chunks[i];
    if (chunk === undefined) break;
    if (i > 0) await writer.pause();
    await writer.data(JSON.stringify(chunk()));
  }
  if (!writer.open) return;
  if (script.omitDone !== true) await writer.data("[DONE]");
  response.end();
}
