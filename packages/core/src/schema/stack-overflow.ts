import { JsonParseError } from "../errors/json-parse-error.js";

/**
 * True for the engine's "Maximum call stack size exceeded" `RangeError`. Only this RangeError is
 * core's to type: any other error thrown while validating (a user's refine or transform that
 * throws) is the caller's own and propagates as it is.
 */
export function isStackOverflow(error: unknown): error is RangeError {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * The error for an answer whose validation overflowed the call stack (zod recurses once per
 * level): a `JsonParseError` like the depth limit's, re-asked the same way.
 */
export function tooDeepToValidateError(rawText: string, cause: RangeError): JsonParseError {
  return new JsonParseError(
    "The answer is nested too deeply to validate (validation overflowed the call stack); lower the instructor's limits.maxDepth so such answers are refused before validation.",
    { rawText },
    { cause },
  );
}
