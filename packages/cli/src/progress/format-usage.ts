import type { Usage } from "@instr/core";

/**
 * What a run has spent: `14808 tokens (12000 prompt, 9000 of them cached; 2808 completion, 800
 * of them reasoning)`, the cached and reasoning counts only when the provider reported them.
 */
export function formatUsage(usage: Usage): string {
  const prompt = withDetail(usage.promptTokens, "prompt", usage.cachedPromptTokens, "cached");
  const completion = withDetail(
    usage.completionTokens,
    "completion",
    usage.reasoningTokens,
    "reasoning",
  );
  const separator = usage.cachedPromptTokens === undefined ? ", " : "; ";
  return `${usage.totalTokens} tokens (${prompt}${separator}${completion})`;
}

function withDetail(count: number, label: string, detail: number | undefined, kind: string) {
  return detail === undefined
    ? `${count} ${label}`
    : `${count} ${label}, ${detail} of them ${kind}`;
}
