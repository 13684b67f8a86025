import type { InputKind } from "@instr/core/adapter";
import type { CerebrasModelId } from "./model-id.js";

/** What a Cerebras model accepts, as far as structured output is concerned. */
export interface CerebrasModelCapabilities {
  /**
   * Accepts `tool_choice: { type: "function", function: { name } }`. When false, TOOLS mode sends
   * `tool_choice: "auto"` and relies on core's instruction to call the function.
   */
  forcedToolChoice: boolean;
  /** Accepts `strict: true` on a function tool (constrained decoding of the arguments). */
  strictTools: boolean;
  /** Thinks before answering; its thoughts arrive in `message.reasoning`. */
  reasoning: boolean;
  /** The content parts the model takes; a part of another kind is rejected before any request. */
  inputKinds: readonly InputKind[];
}

const textOnly: readonly InputKind[] = ["text"];

/** Capabilities assumed for a model id that is not in the table. */
export const defaultCapabilities: CerebrasModelCapabilities = {
  forcedToolChoice: true,
  strictTools: false,
  reasoning: false,
  inputKinds: textOnly,
};

/**
 * Built-in capability table. Sources: https://inference-docs.cerebras.ai/capabilities/tool-use
 * and /capabilities/structured-outputs (tool calling with strict mode on all four models),
 * /capabilities/reasoning. `gpt-oss-120b` is listed without forced tool choice because the API
 * answered a named `tool_choice` with 400 "Unsupported tool_choice … Expected 'auto' or 'none'"
 * (https://github.com/567-labs/instructor/issues/1766); `auto` plus an instruction works on both
 * old and new deployments. The table lists every model as text-only (the chat wire takes image
 * parts, but no model here is documented to read them). Override per model with the adapter's
 * `capabilities` option, e.g. `{ "my-vision-model": { inputKinds: ["text", "image"] } }`.
 */
export const modelCapabilities: Readonly<Record<string, CerebrasModelCapabilities>> = {
  "gpt-oss-120b": {
    forcedToolChoice: false,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
  },
  "qwen-3.8-27b": {
    forcedToolChoice: true,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
  },
  "gemma-4-31b": {
    forcedToolChoice: true,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
  },
  "kimi-k2.7-code": {
    forcedToolChoice: true,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
  },
};

/** Per-model overrides of the capability table, as passed to `cerebrasAdapter`. */
export type CapabilityOverrides = Partial<
  Record<CerebrasModelId, Partial<CerebrasModelCapabilities>>
>;

/** The capabilities of `model`: the table entry (or the defaults) with `overrides` on top. */
export function resolveCapabilities(
  model: string,
  overrides: CapabilityOverrides = {},
): CerebrasModelCapabilities {
  return { ...(modelCapabilities[model] ?? defaultCapabilities), ...overrides[model] };
}
