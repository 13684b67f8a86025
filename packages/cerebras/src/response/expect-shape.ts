import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { ProviderError } from "@instr/core/adapter";
import type { WireChunk, WireCompletion } from "./wire-response.js";

/** Narrows a non-streaming SDK result to a completion; anything else is a `ProviderError`. */
export function expectCompletion(value: Cerebras.ChatCompletion): WireCompletion {
  if ("object" in value && value.object === "chat.completion") return value;
  throw unexpected(value, "a chat.completion");
}

/** Narrows one streamed SDK event to a chunk; anything else is a `ProviderError`. */
export function expectChunk(value: Cerebras.ChatCompletion): WireChunk {
  if ("object" in value && value.object === "chat.completion.chunk") return value;
  throw unexpected(value, "a chat.completion.chunk");
}

function unexpected(value: Cerebras.ChatCompletion, expected: string): ProviderError {
  const got =
    "error" in value ? `an error: ${value.error.message ?? "no message"}` : "another object";
  return new ProviderError(`Cerebras sent ${got} where ${expected} was expected.`, {
    provider: "cerebras",
    ...("status_code" in value ? { status: value.status_code } : {}),
    isRetryable: false,
  });
}
