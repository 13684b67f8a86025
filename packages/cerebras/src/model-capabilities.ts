import type { InputKind } from "@instr/core/adapter";
import type { CerebrasModelId } from "./model-id.js";

/** A `reasoning_effort` value on the Cerebras wire. */
export type CerebrasReasoningEffort = "none" | "low" | "medium" | "high";

/**
 * Token limits of a model on the paid tiers (the free tier's are lower), in thousands as
 * Cerebras publishes them (131k is written 131_000: a limit never over-promises).
 */
export interface CerebrasModelLimits {
  /** Prompt and answer together. */
  contextTokens: number;
  /** Most `max_completion_tokens` accepts; reasoning tokens count towards it. */
  maxOutputTokens?: number;
}

/**
 * What a Cerebras model accepts, as far as structured output is concerned. Every model in the
 * table takes all four modes (`tools`, `response_format` `json_object` and `json_schema`, and
 * plain text for MD_JSON); a deployment that rejects one is handled by core's mode fallback.
 */
export interface CerebrasModelCapabilities {
  /**
   * Accepts `tool_choice: { type: "function", function: { name } }`. Every model accepts
   * `tool_choice: "auto"` and `"none"`; when this is false, TOOLS mode sends `"auto"` and relies
   * on core's instruction to call the function.
   */
  forcedToolChoice: boolean;
  /** Accepts `strict: true` on a function tool (constrained decoding of the arguments). */
  strictTools: boolean;
  /** Thinks before answering; its thoughts arrive in `message.reasoning`. */
  reasoning: boolean;
  /** The content parts the model takes; a part of another kind is rejected before any request. */
  inputKinds: readonly InputKind[];
  /**
   * The `reasoning_effort` values it accepts: `[]` when it takes none (a `reasoningEffort` is
   * then rejected before any request); absent when unknown (the value is sent as asked).
   */
  reasoningEfforts?: readonly CerebrasReasoningEffort[];
  /** Token limits, where Cerebras documents them. */
  limits?: CerebrasModelLimits;
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
 * Built-in capability table, checked 2026-12-03 against Cerebras' docs:
 * https://inference-docs.cerebras.ai/models/overview and the model pages under /models/,
 * /capabilities/reasoning, /capabilities/tool-use and /capabilities/structured-outputs.
 *
 * - `gpt-oss-120b` (Shared Inference; /models/openai-oss): context 65k free / 131k paid, output
 *   32k free / 40k paid; `reasoning_effort` low, medium (default), high; strict tools and both
 *   response formats. Listed without forced tool choice: the API answered a named `tool_choice`
 *   with 400 "Unsupported tool_choice … Expected 'auto' or 'none'"
 *   (https://github.com/567-labs/instructor/issues/1766); `auto` plus an instruction works on
 *   old and new deployments alike.
 * - `qwen-3.8-27b` (Shared Inference): context 64k free / 128k paid; `reasoning_effort` none,
 *   low, medium, high (default high). Its output limit was not published when checked.
 * - `gemma-4-31b` (Dedicated Inference; /models/gemma-4-31b) and `kimi-k2.7-code` (customer
 *   trials): reasoning models without a documented `reasoning_effort` or limits; unknown values
 *   are left out rather than guessed (an effort is sent as asked).
 *
 * Every model is listed as text-only (the chat wire takes image parts, but no model here is
 * documented to read them). Retired ids (llama3.1-8b, llama-3.3-70b, qwen-3-32b,
 * qwen-3-235b-a22b-instruct-2507, zai-glm-4.7) are not listed: they fall back to
 * `defaultCapabilities` like any unknown id. Override per model with the adapter's
 * `capabilities` option, e.g. `{ "my-vision-model": { inputKinds: ["text", "image"] } }`.
 */
export const modelCapabilities: Readonly<Record<string, CerebrasModelCapabilities>> = {
  "gpt-oss-120b": {
    forcedToolChoice: false,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
    reasoningEfforts: ["low", "medium", "high"],
    limits: { contextTokens: 131_000, maxOutputTokens: 40_000 },
  },
  "qwen-3.8-27b": {
    forcedToolChoice: true,
    strictTools: true,
    reasoning: true,
    inputKinds: textOnly,
    reasoningEfforts: ["none", "low", "medium", "high"],
    limits: { contextTokens: 128_000 },
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
