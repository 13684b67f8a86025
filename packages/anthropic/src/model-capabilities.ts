import type { InputKind } from "@instr/core/adapter";

/** What a Claude model takes, as far as structured output is concerned. */
export interface AnthropicModelCapabilities {
  /**
   * Takes structured outputs (`output_config.format` with a JSON schema): JSON_SCHEMA mode. A
   * model without them answers such a request with a 400, so JSON_SCHEMA is refused before any
   * request.
   */
  structuredOutputs: boolean;
  /**
   * Takes extended thinking (`thinking: { type: "enabled", budget_tokens }`), so a
   * `reasoningEffort` maps to a thinking budget; on a model without it, `reasoningEffort` is
   * refused before any request.
   */
  extendedThinking: boolean;
  /** The content parts the model takes; a part of another kind is refused before any request. */
  inputKinds: readonly InputKind[];
}

/** Per-model overrides of the table, keyed by the exact model id, as `anthropicAdapter` takes. */
export type AnthropicCapabilityOverrides = Readonly<
  Record<string, Partial<AnthropicModelCapabilities>>
>;

const visual: readonly InputKind[] = ["text", "image", "pdf"];

/** Capabilities assumed for a model id that matches no prefix of the table. */
export const defaultAnthropicCapabilities: AnthropicModelCapabilities = {
  structuredOutputs: false,
  extendedThinking: false,
  inputKinds: visual,
};

/**
 * The built-in table, by model id prefix (the first match wins, so dated ids and `-latest`
 * aliases match too), from Anthropic's docs (https://docs.claude.com/en/docs/about-claude/models,
 * /build-with-claude/structured-outputs, /build-with-claude/extended-thinking,
 * /build-with-claude/vision and /build-with-claude/pdf-support), checked 2026-12-03:
 *
 * - Structured outputs: Claude Sonnet 4.5, Opus 4.1 / 4.5, Haiku 4.5 (and the `-5` line after
 *   them). Sonnet 4 and Opus 4 have no structured outputs but do think.
 * - Extended thinking: Claude 3.7 Sonnet and every Claude 4 model (Sonnet, Opus, Haiku 4.5).
 *   The Claude 3 and 3.5 models do not think.
 * - Every Claude model reads images and PDFs.
 */
export const anthropicModelTable: ReadonlyArray<
  readonly [prefix: string, capabilities: AnthropicModelCapabilities]
> = [
  ...[
    "claude-sonnet-4-5",
    "claude-opus-4-1",
    "claude-opus-4-5",
    "claude-haiku-4-5",
    "claude-sonnet-5",
    "claude-opus-5",
    "claude-haiku-5",
  ].map(
    (prefix) =>
      [prefix, { structuredOutputs: true, extendedThinking: true, inputKinds: visual }] as const,
  ),
  ...["claude-sonnet-4", "claude-opus-4", "claude-3-7-sonnet"].map(
    (prefix) =>
      [prefix, { structuredOutputs: false, extendedThinking: true, inputKinds: visual }] as const,
  ),
];

/**
 * The capabilities of `model`: its first matching table entry (or the defaults), with the
 * overrides for that exact id on top.
 */
export function anthropicModelCapabilities(
  model: string,
  overrides: AnthropicCapabilityOverrides = {},
): AnthropicModelCapabilities {
  const entry = anthropicModelTable.find(([prefix]) => model.startsWith(prefix));
  return { ...(entry?.[1] ?? defaultAnthropicCapabilities), ...overrides[model] };
}
