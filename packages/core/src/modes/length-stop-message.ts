import type { Usage } from "../types/usage.js";

/**
 * What an `IncompleteOutputError` for a `length` stop says: how the completion tokens were
 * spent, from `usage`, and what to change. When the provider counts reasoning tokens, the split
 * between reasoning and answer is named, since thinking that eats the budget is the usual cause.
 */
export function lengthStopMessage(usage: Usage | undefined): string {
  const stop = 'The model hit its token limit (finish reason "length") before finishing the answer';
  if (usage === undefined) return `${stop}; raise maxTokens or ask for less.`;
  const completion = usage.completionTokens;
  const reasoning = usage.reasoningTokens;
  if (reasoning === undefined || reasoning === 0) {
    return `${stop} (${count(completion)} completion tokens); raise maxTokens or ask for less.`;
  }
  const answer = Math.max(completion - reasoning, 0);
  return (
    `${stop}: ${count(reasoning)} of its ${count(completion)} completion tokens went to ` +
    `reasoning and ${count(answer)} to the answer. Reasoning counts towards maxTokens: raise ` +
    "maxTokens, lower reasoningEffort, or ask for less."
  );
}

function count(tokens: number): string {
  return tokens.toLocaleString("en-US");
}
