import type Cerebras from "@cerebras/cerebras_cloud_sdk";

/** The chat-completions request body without its stream fields, as the Cerebras SDK types it. */
export type WireParams = Omit<Cerebras.ChatCompletionCreateParams, "stream" | "stream_options">;

/** The body fields that ask for a whole answer or for a stream (with usage in its last chunk). */
export type StreamFields =
  | { stream: false }
  | { stream: true; stream_options: { include_usage: boolean } };
