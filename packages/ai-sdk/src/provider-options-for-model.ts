import { isJSONObject, type SharedV3ProviderOptions } from "@ai-sdk/provider";
import { type AdapterRequest, InstructorError, providerOptionsFor } from "@instr/core/adapter";

/**
 * Wire fields that carry what the bridge sets for every call (the model, the messages, the
 * output format, the stream flags), under the names the OpenAI-compatible family of AI SDK
 * providers (`@ai-sdk/openai-compatible` and the packages built on it) gives them. Those
 * providers copy the keys of their namespace they do not know onto the request body, after some
 * of these fields: left in, such a key would replace what the mode set.
 */
const alwaysSet = [
  "model",
  "messages",
  "response_format",
  "tools",
  "tool_choice",
  "stream",
  "stream_options",
];

/**
 * The AI SDK `providerOptions` for one call: the caller's options for this adapter
 * (`request.providerOptions[provider]`; other keys are never read) under the namespace the AI
 * SDK provider reads (`namespace`, e.g. `"groq"` for `@ai-sdk/groq`). Keys naming a wire field
 * the bridge sets are left out (`temperature` and the token limits only when the request sets
 * them), so the mode's fields win also on providers that pass unknown keys through to the wire.
 *
 * @throws InstructorError when the options hold a value that is not JSON (the AI SDK sends them
 *   as JSON, so a function or a class instance would be lost on the way).
 */
export function providerOptionsForModel(
  request: AdapterRequest,
  provider: string,
  namespace: string,
): SharedV3ProviderOptions | undefined {
  const own = providerOptionsFor(request.providerOptions, provider);
  const set = new Set(alwaysSet);
  if (request.temperature !== undefined) set.add("temperature");
  if (request.maxTokens !== undefined) {
    set.add("max_tokens");
    set.add("max_completion_tokens");
  }
  const kept = Object.fromEntries(Object.entries(own).filter(([key]) => !set.has(key)));
  if (Object.keys(kept).length === 0) return undefined;
  if (!isJSONObject(kept)) {
    throw new InstructorError(
      `${provider}: providerOptions.${provider} must hold JSON values only: the AI SDK sends them to the provider as JSON.`,
    );
  }
  return { [namespace]: kept };
}
