import type Cerebras from "@cerebras/cerebras_cloud_sdk";

/** The chat-completions request body, as the Cerebras SDK types it. */
export type WireParams = Cerebras.ChatCompletionCreateParams;
