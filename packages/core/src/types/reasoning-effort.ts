/**
 * How hard a reasoning model thinks before answering: more effort, better answers to hard
 * questions, more reasoning tokens (which count towards `maxTokens`) and more latency.
 */
export const ReasoningEffort = {
  LOW: "low",
  MEDIUM: "medium",
  HIGH: "high",
} as const;

/** One of the values of {@link ReasoningEffort}. */
export type ReasoningEffort = (typeof ReasoningEffort)[keyof typeof ReasoningEffort];
