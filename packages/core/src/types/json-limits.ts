/**
 * Limits on a model's JSON answer, shared by the whole-answer parse (`generate`) and the
 * incremental parser (`generatePartial`, `generateIterable`, `createPartialJsonParser`). An answer
 * that breaks one is a `JsonParseError` (re-asked like invalid JSON), raised before the answer is
 * validated, so a hostile or runaway answer cannot exhaust memory or the call stack.
 */
export interface JsonLimits {
  /**
   * Deepest allowed nesting of arrays and objects; an integer >= 1, default 512. Validating
   * with zod recurses once per level (and overflows the call stack at about 1,000 levels of a
   * recursive schema), so raise it with care.
   */
  maxDepth?: number;
  /**
   * Longest allowed JSON text of the answer, in UTF-16 code units (string length); an integer
   * >= 1, default 8 MiB (8,388,608).
   */
  maxLength?: number;
}
