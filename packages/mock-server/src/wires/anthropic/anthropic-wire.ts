import { chatRequestFields } from "../../request-fields.js";
import type { Wire } from "../wire.js";
import { anthropicErrorBody } from "./anthropic-error-body.js";
import { anthropicAnswer, anthropicMessageBody } from "./anthropic-message.js";
import { anthropicStreamEvents } from "./anthropic-stream-events.js";

/**
 * Anthropic's Messages API on `POST /v1/messages`: one `message` object, or its named SSE events
 * when the body asks to stream; errors as `{ type: "error", error: { type, message } }`, and a
 * stream's `errorAfterChunks` event is a retryable `overloaded_error`; `omitFinishReason` sends a
 * null `stop_reason`.
 */
export const anthropicWire: Wire = {
  name: "anthropic",
  claims: (pathname) => pathname === "/v1/messages",
  facts: (request) => chatRequestFields(request.body),
  body: ({ reply, message, model }) => anthropicMessageBody(anthropicAnswer(reply, message, model)),
  events: ({ reply, message, model }) =>
    anthropicStreamEvents(anthropicAnswer(reply, message, model), {
      omitFinishReason: reply.stream?.omitFinishReason === true,
    }),
  errorBody: anthropicErrorBody,
  streamError: () => ({
    event: "error",
    data: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
  }),
};
