import type Cerebras from "@cerebras/cerebras_cloud_sdk";

type AnyCompletion = Cerebras.ChatCompletion;
/** A non-streaming chat completion. */
export type WireCompletion = Extract<AnyCompletion, { object: "chat.completion" }>;
/** One chunk of a streamed chat completion. */
export type WireChunk = Extract<AnyCompletion, { object: "chat.completion.chunk" }>;
