import type Cerebras from "@cerebras/cerebras_cloud_sdk";

/** The chat-completions request body, as the Cerebras SDK types it. */
export type WireParams = Cerebras.ChatCompletionCreateParams;
/** One message of {@link WireParams}. */
export type WireMessage = WireParams["messages"][number];
/** One function tool of {@link WireParams}. */
export type WireTool = NonNullable<WireParams["tools"]>[number];
