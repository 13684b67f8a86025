import { errorFields } from "../../error-body.js";
import { chatRequestFields } from "../../request-fields.js";
import type { Wire, WireEvent } from "../wire.js";
import { responseId, responsesBody, responsesItems } from "./responses-body.js";

/**
 * OpenAI's Responses API on `POST /v1/responses`: the `response` object, or its named SSE events
 * when the body asks to stream (`response.created`, per item `response.output_item.added`, its
 * deltas and `response.output_item.done`, then `response.completed`, or `response.incomplete`
 * for a length or content-filter finish, left out with `omitFinishReason`), each with its
 * `sequence_number`. Errors are OpenAI's `{ error: { message, type, param, code } }`; a stream's
 * `errorAfterChunks` event is an `error` event.
 */
export const responsesWire: Wire = {
  name: "openai-responses",
  claims: (pathname) => pathname === "/v1/responses",
  facts: (request) => chatRequestFields(request.body),
  body: ({ message, model }) =>
    responsesBody(message, responsesItems(message), model, responseId()),
  events({ message, model, reply }) {
    const items = responsesItems(message);
    const body = responsesBody(message, items, model, responseId());
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
    if (reply.stream?.omitFinishReason !== true) {
      const done = body.status === "incomplete" ? "response.incomplete" : "response.completed";
      events.push({ type: done, response: body });
    }
    return events.map(
      (event, sequence_number): WireEvent => ({
        event: String(event.type),
        data: { ...event, sequence_number },
      }),
    );
  },
  errorBody: (status, message) => ({ error: errorFields(status, message) }),
  streamError: (afterEvents) => ({
    event: "error",
    data: {
      type: "error",
      code: "server_error",
      message: "The server had an error while processing your request.",
      param: null,
      sequence_number: afterEvents,
    },
  }),
};
