import { randomUUID } from "node:crypto";

/** A chat completion id in the `chatcmpl-<uuid>` form both Cerebras and OpenAI use. */
export function completionId(): string {
  return `chatcmpl-${randomUUID()}`;
}

/** A tool call id in OpenAI's `call_<24 hex>` form. */
export function toolCallId(): string {
  return `call_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
}
