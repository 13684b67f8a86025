import type Anthropic from "@anthropic-ai/sdk";
import type { ReasoningEffort } from "@instr/core/adapter";

/**
 * The extended-thinking budget (`thinking.budget_tokens`) each `reasoningEffort` asks for:
 * low 1,024 (the smallest budget the API takes), medium 4,096, high 16,384. `max_tokens` is
 * raised by the budget (thinking counts against it, and the API wants it above the budget).
 */
export const THINKING_BUDGETS: Readonly<Record<ReasoningEffort, number>> = {
  low: 1024,
  medium: 4096,
  high: 16_384,
};

/** Extended thinking as a request turns it on. */
export interface Thinking {
  /** The `thinking` field the adapter sets, when a `reasoningEffort` asked for it. */
  field?: Anthropic.ThinkingConfigEnabled;
  /** The thinking budget in tokens; undefined when thinking is off. */
  budget?: number;
}

/**
 * Extended thinking for a request: from `reasoningEffort` (the typed setting wins), else from a
 * raw `thinking` in the caller's `providerOptions` (`{ type: "enabled", budget_tokens }`), which
 * is sent as the caller wrote it.
 */
export function thinkingOf(effort: ReasoningEffort | undefined, ownThinking: unknown): Thinking {
  if (effort !== undefined) {
    const budget = THINKING_BUDGETS[effort];
    return { field: { type: "enabled", budget_tokens: budget }, budget };
  }
  if (typeof ownThinking !== "object" || ownThinking === null) return {};
  if (!("type" in ownThinking) || ownThinking.type !== "enabled") return {};
  const budget =
    "budget_tokens" in ownThinking && typeof ownThinking.budget_tokens === "number"
      ? ownThinking.budget_tokens
      : 0;
  return { budget };
}
