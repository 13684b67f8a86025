import type { Usage } from "@instr/core";

/** `1234 tokens (1000 prompt, 234 completion)`: what a run has spent so far. */
export function formatUsage(usage: Usage): string {
  return `${usage.totalTokens} tokens (${usage.promptTokens} prompt, ${usage.completionTokens} completion)`;
}
