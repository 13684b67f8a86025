import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { ProviderError } from "@instr/core/adapter";

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

/**
 * Narrows a non-streaming SDK result to a completion (the SDK types an error body as a possible
 * result); anything else is a `ProviderError`.
 */
export function expectCompletion(value: AnyCompletion): WireCompletion {
  if ("object" in value && value.object === "chat.completion") return value;
  throw unexpected(value, "a chat.completion");
}

/** Narrows one streamed SDK event to a chunk; anything else is a `ProviderError`. */
export async function* expectChunks(
  events: AsyncIterable<AnyCompletion>,
): AsyncGenerator<WireChunk, void, undefined> {
  for await (const value of events) {
    if ("object" in value && value.object === "chat.completion.chunk") yield value;
    else throw unexpected(value, "a chat.completion.chunk");
  }
}

function unexpected(value: AnyCompletion, expected: string): ProviderError {
  const got =
    "error" in value ? `an error: ${value.error.message ?? "no message"}` : "another object";
  return new ProviderError(`cerebras: sent ${got} where ${expected} was expected.`, {
    provider: "cerebras",
    ...("status_code" in value ? { status: value.status_code } : {}),
    isRetryable: false,
  });
}
