import type { ServerResponse } from "node:http";
import { chatRequestFields } from "../../request-fields.js";
import { resolveMessage } from "../../resolve-message.js";
import { sendJson } from "../../send-json.js";
import { openEventStream } from "../../sse-writer.js";
import type { MessageReply, RecordedRequest } from "../../types.js";
import { responseId, responsesBody, responsesItems } from "./responses-body.js";

/** The `error` event a stream sends for `errorAfterChunks`: a server-side failure. */
const SERVER_ERROR = {
  type: "error",
  code: "server_error",
  message: "The server had an error while processing your request.",
  param: null,
};

/**
 * Answers `POST /v1/responses` (OpenAI's Responses API) with a message reply: the `response`
 * object, or its named SSE events when the body asks to stream (`response.created`, per item
 * `response.output_item.added`, its deltas and `response.output_item.done`, then
 * `response.completed`, or `response.incomplete` for a length or content-filter finish).
 * `dropAfterChunks` and `errorAfterChunks` (an `error` event, then the end) count events;
 * `omitFinishReason` leaves the closing event out.
 */
export async function sendResponses(
  reply: MessageReply,
  request: RecordedRequest,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const fields = chatRequestFields(request.body);
  const message = resolveMessage(reply, fields.promptChars);
  const items = responsesItems(message);
  const id = responseId();
  const body = responsesBody(message, items, reply.model ?? fields.model ?? "mock-model", id);
  const headers = reply.headers ?? {};
  if (!fields.stream) return sendJson(response, 200, body, headers);
  const script = reply.stream ?? {};
  const events: Record<string, unknown>[] = [
    { type: "response.created", response: { ...body, status: "in_progress", output: [] } },
  ];
  items.forEach(({ item, deltas }, output_index) => {
    events.push({ type: "response.output_item.added", output_index, item });
    for (const delta of deltas.pieces) {
      events.push({ type: deltas.type, item_id: item.id, output_index, ...deltas.fields, delta });
    }
    events.push({ type: "response.output_item.done", output_index, item });
  });
  if (script.omitFinishReason !== true) {
    const done = body.status === "incomplete" ? "response.incomplete" : "response.completed";
    events.push({ type: done, response: body });
  }
  const writer = openEventStream(response, headers, script, signal);
  for (const [sequence_number, event] of events.entries()) {
    if (!writer.open) return;
    if (sequence_number === script.dropAfterChunks) {
      response.socket?.destroy();
      return;
    }
    if (sequence_number === script.errorAfterChunks) {
      await writer.event("error", JSON.stringify({ ...SERVER_ERROR, sequence_number }));
      response.end();
      return;
    }
    if (sequence_number > 0) await writer.pause();
    await writer.event(String(event.type), JSON.stringify({ ...event, sequence_number }));
  }
  if (writer.open) response.end();
}
