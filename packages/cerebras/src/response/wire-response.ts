import type Cerebras from "@cerebras/cerebras_cloud_sdk";

type AnyCompletion = Cerebras.ChatCompletion;
/** A non-streaming chat completion. */
export type WireCompletion = Extract<AnyCompletion, { object: "chat.completion" }>;
/** One chunk of a streamed chat completion. */
export type WireChunk = Extract<AnyCompletion, { object: "chat.completion.chunk" }>;
/** Usage as Cerebras reports it (snake_case). */
export type WireUsage = NonNullable<WireCompletion["usage"]>;
/** Why the model stopped, as Cerebras reports it. */
export type WireFinishReason = WireCompletion["choices"][number]["finish_reason"];
