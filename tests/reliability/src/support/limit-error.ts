import { InstructorError, JsonParseError, RetryError } from "@instr/core";
import { expect } from "vitest";

/**
 * Asserts `error` reports a broken parse limit: a `JsonParseError` whose message matches `limit`,
 * thrown directly or as the cause of the `RetryError` that ended the call.
 */
export function expectLimitError(error: unknown, limit: RegExp): void {
  expect(InstructorError.isInstance(error)).toBe(true);
  const parseError = RetryError.isInstance(error) ? error.cause : error;
  expect(JsonParseError.isInstance(parseError)).toBe(true);
  expect((parseError as Error).message).toMatch(limit);
}
