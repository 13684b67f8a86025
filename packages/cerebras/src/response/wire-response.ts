import type Cerebras from "@cerebras/cerebras_cloud_sdk";

type AnyCompletion = Cerebras.ChatCompletion;
/** A non-streaming chat completion. */
export type WireCompletion = Extract<AnyCompletion, { object: "chat.completion" }>;
/**
 * The SDK's whole chat completion (`ChatCompletion.ChatCompletionResponse`): the `completion` of
 * `fromCerebras(…).generateWithCompletion()`, with Cerebras' `time_info`.
 */
export type CerebrasCompletion = WireCompletion;
/** One chunk of a streamed chat completion. */
export type WireChunk = Extract<AnyCompletion, { object: "chat.completion.chunk" }>;
