import { InstructorError } from "../errors/instructor-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import type { JsonLimits } from "../types/json-limits.js";

/** Default of {@link JsonLimits.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 512;
/** Default of {@link JsonLimits.maxLength}: 8 MiB of UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

const DEFAULT_LIMITS: Required<JsonLimits> = Object.freeze({
  maxDepth: DEFAULT_MAX_DEPTH,
  maxLength: DEFAULT_MAX_LENGTH,
});

/**
 * `limits` with the defaults filled in.
 * @throws InstructorError when a limit is not an integer >= 1.
 */
export function resolveJsonLimits(limits: JsonLimits = {}): Required<JsonLimits> {
  // Most calls set no limit: one shared object instead of a new one per call.
  if (limits.maxDepth === undefined && limits.maxLength === undefined) return DEFAULT_LIMITS;
  return {
    maxDepth: checkedLimit("maxDepth", limits.maxDepth ?? DEFAULT_MAX_DEPTH),
    maxLength: checkedLimit("maxLength", limits.maxLength ?? DEFAULT_MAX_LENGTH),
  };
}

function checkedLimit(name: keyof JsonLimits, value: number): number {
  if (Number.isSafeInteger(value) && value >= 1) return value;
  throw new InstructorError(`The JSON limit ${name} must be an integer >= 1, got ${value}.`);
}

/** The error for JSON text longer than `maxLength` (`rawText`: the text received so far). */
export function tooLongError(rawText: string, maxLength: number): JsonParseError {
  return new JsonParseError(
    `The JSON text is longer than the limit of ${maxLength} characters (${rawText.length} received); raise the instructor's limits.maxLength (or the parser's maxLength) to accept it.`,
    { rawText, position: maxLength },
  );
}

/** The error for a container opened at `position` beyond `maxDepth` levels of nesting. */
export function tooDeepError(rawText: string, position: number, maxDepth: number): JsonParseError {
  return new JsonParseError(
    `The JSON nesting at position ${position} is deeper than the limit of ${maxDepth} levels; raise the instructor's limits.maxDepth (or the parser's maxDepth) to accept it.`,
    { rawText, position },
  );
}
