import { chatRequestFields } from "../../request-fields.js";
import type { Wire } from "../wire.js";
import { anthropicErrorBody } from "./anthropic-error-body.js";
import { anthropicAnswer, anthropicMessageBody } from "./anthropic-message.js";
import { anthropicStreamEvents } from "./anthropic-stream-events.js";

/**
 * Anthropic's Messages API on `POST /v1/messages`: one `message` object, or its named SSE events
 * when the body asks to stream; errors as `{ type: "error", error: { type, message } }`, and a
 * stream's `errorAfterChunks` event is a retryable `overloaded_error`.
 */
export const anthropicWire: Wire = {
  name: "anthropic",
  claims: (pathname) => pathname === "/v1/messages",
  facts: (request) => chatRequestFields(request.body),
  body: ({ reply, message, model }) => anthropicMessageBody(anthropicAnswer(reply, message, model)),
  events({ reply, message, model }) {
    const events = anthropicStreamEvents(anthropicAnswer(reply, message, model));
    if (reply.stream?.omitFinishReason !== true) return events;
    // A stream that never finishes: no stop reason in message_delta, and no message_stop.
    return events
      .filter((event) => event.event !== "message_stop")
      .map((event) =>
        event.event === "message_delta"
          ? { ...event, data: { ...event.data, delta: { stop_reason: null, stop_sequence: null } } }
          : event,
      );
  },
  errorBody: anthropicErrorBody,
  streamError: () => ({
    event: "error",
    data: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
  }),
};
