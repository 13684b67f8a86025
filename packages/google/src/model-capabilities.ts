import type { InputKind, ReasoningEffort } from "@instr/core/adapter";

/**
 * How a model is told how hard to think: Gemini 3 models take a `thinkingLevel` (named like the
 * efforts; `efforts` lists those it takes, absent when unknown), Gemini 2.5 models a
 * `thinkingBudget` in tokens per effort.
 */
export type ThinkingControl =
  | { knob: "level"; efforts?: readonly ReasoningEffort[] }
  | { knob: "budget"; budgets: Readonly<Record<ReasoningEffort, number>> };

/** What a Gemini model takes, as far as structured output is concerned. */
export interface GoogleModelCapabilities {
  /** The content parts the model takes; a part of another kind is rejected before any request. */
  inputKinds: readonly InputKind[];
  /** How its thinking is controlled; absent for a model that does not think. */
  thinking?: ThinkingControl;
}

/** Text, images, PDFs, audio and other files (video, plain-text documents) as inline parts. */
const multimodal: readonly InputKind[] = ["text", "image", "pdf", "audio", "file"];

/**
 * The built-in table, by model id prefix (the longest matching prefix wins), checked against
 * https://ai.google.dev/gemini-api/docs/models, /docs/thinking and /docs/document-processing:
 *
 * - every Gemini model reads images, PDFs, audio and video inline (`inlineData`);
 * - Gemini 3 models think by `thinkingLevel`: Gemini 3 Pro takes `low` and `high`, the Flash
 *   models `minimal`, `low`, `medium` and `high` (`minimal` is not an effort instr names; send it
 *   through `providerOptions`); a Gemini id newer than the table is taken to think by level, with
 *   the effort sent as asked;
 * - Gemini 2.5 models think by `thinkingBudget`: Pro within 128-32,768 tokens, Flash and
 *   Flash-Lite within 512-24,576; low, medium and high map to 1,024, 8,192 and the maximum;
 * - Gemini 2.0 and 1.5 models and Gemma models do not think; Gemma reads text and images.
 *
 * An id that matches no prefix (a tuned model, another publisher's model) takes text only and
 * does not think; correct it with the adapter's `capabilities` option.
 */
export const modelCapabilities: Readonly<Record<string, GoogleModelCapabilities>> = {
  "gemini-": { inputKinds: multimodal, thinking: { knob: "level" } },
  "gemini-3": {
    inputKinds: multimodal,
    thinking: { knob: "level", efforts: ["low", "medium", "high"] },
  },
  "gemini-3-pro": { inputKinds: multimodal, thinking: { knob: "level", efforts: ["low", "high"] } },
  "gemini-2.5-pro": {
    inputKinds: multimodal,
    thinking: { knob: "budget", budgets: { low: 1024, medium: 8192, high: 32_768 } },
  },
  "gemini-2.5-flash": {
    inputKinds: multimodal,
    thinking: { knob: "budget", budgets: { low: 1024, medium: 8192, high: 24_576 } },
  },
  "gemini-2.0": { inputKinds: multimodal },
  "gemini-1.5": { inputKinds: multimodal },
  "gemma-": { inputKinds: ["text", "image"] },
};

/** Capabilities of an id no prefix matches. */
export const defaultCapabilities: GoogleModelCapabilities = { inputKinds: ["text"] };

/** Per-model corrections of the table, by exact model id, as passed to `googleAdapter`. */
export type CapabilityOverrides = Readonly<Record<string, Partial<GoogleModelCapabilities>>>;

/**
 * The capabilities of `model` (a `models/` prefix is ignored): the entry of its longest matching
 * prefix, or the defaults, with `overrides[model]` on top.
 */
export function resolveCapabilities(
  model: string,
  overrides: CapabilityOverrides = {},
): GoogleModelCapabilities {
  const id = model.replace(/^models\//, "");
  const prefix = Object.keys(modelCapabilities)
    .filter((candidate) => id.startsWith(candidate))
    .reduce<string | undefined>(
      (longest, candidate) =>
        longest === undefined || candidate.length > longest.length ? candidate : longest,
      undefined,
    );
  const base = prefix === undefined ? defaultCapabilities : modelCapabilities[prefix];
  return { ...defaultCapabilities, ...base, ...overrides[model] };
}

/** The efforts a model takes: none when it does not think, undefined when the table does not know. */
export function reasoningEffortsOf(
  capabilities: GoogleModelCapabilities,
): readonly ReasoningEffort[] | undefined {
  const { thinking } = capabilities;
  if (thinking === undefined) return [];
  if (thinking.knob === "budget") return ["low", "medium", "high"];
  return thinking.efforts;
}
