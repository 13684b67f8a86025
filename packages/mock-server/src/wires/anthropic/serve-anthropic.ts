import type { ServerResponse } from "node:http";
import { chatRequestFields } from "../../request-fields.js";
import { resolveMessage } from "../../resolve-message.js";
import { sendJson } from "../../send-json.js";
import { untilSettledOrAborted } from "../../sleep.js";
import { openEventStream } from "../../sse-writer.js";
import type { ErrorReply, MessageReply, RecordedRequest } from "../../types.js";
import { anthropicErrorBody } from "./anthropic-error-body.js";
import { anthropicAnswer, anthropicMessageBody } from "./anthropic-message.js";
import { anthropicStreamEvents } from "./anthropic-stream-events.js";

/** The error event a stream sends for `errorAfterChunks`: a 529-like overload, retryable. */
const OVERLOADED = { type: "error", error: { type: "overloaded_error", message: "Overloaded" } };

/** Sends an error reply in the Messages API's shape (or `body` verbatim). */
export function sendAnthropicError(response: ServerResponse, reply: ErrorReply): void {
  const body = reply.body ?? anthropicErrorBody(reply.status, reply.message);
  sendJson(response, reply.status, body, reply.headers);
}

/**
 * Answers `POST /v1/messages` with a message reply: one `message` object, or named SSE events
 * when the body asks to stream. Stream faults count events as `StreamScript` counts chunks.
 */
export async function sendAnthropicMessage(
  reply: MessageReply,
  request: RecordedRequest,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const fields = chatRequestFields(request.body);
  const answer = anthropicAnswer(
    reply,
    resolveMessage(reply, fields.promptChars),
    reply.model ?? fields.model ?? "mock-model",
  );
  const headers = reply.headers ?? {};
  if (!fields.stream) return sendJson(response, 200, anthropicMessageBody(answer), headers);
  const script = reply.stream ?? {};
  const writer = openEventStream(response, headers, script, signal);
  const events = anthropicStreamEvents(answer, {
    omitFinishReason: script.omitFinishReason === true,
  });
  for (let i = 0; i <= events.length; i++) {
    if (!writer.open) return;
    if (i === script.dropAfterChunks) {
      response.socket?.destroy();
      return;
    }
    if (i === script.errorAfterChunks) {
      await writer.event("error", JSON.stringify(OVERLOADED));
      response.end();
      return;
    }
    if (i === script.gate?.afterChunks) await untilSettledOrAborted(script.gate.until, signal);
    const next = events[i];
    if (next === undefined || !writer.open) break;
    if (i > 0) await writer.pause();
    await writer.event(next.event, JSON.stringify(next.data));
  }
  if (writer.open) response.end();
}
