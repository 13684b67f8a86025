import type { JsonLimits } from "../types/json-limits.js";
import { BACKSLASH, QUOTE } from "./json-chars.js";
import { tooDeepError, tooLongError } from "./resolve-json-limits.js";

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Checks a whole JSON text against `limits` before it is parsed: its length, then its nesting
 * depth in one linear scan that skips string contents (a bracket or an escaped quote inside a
 * string does not count). Brackets are only counted, not matched: whether the text is valid JSON
 * is for the parser to say.
 * @throws JsonParseError naming the broken limit, with the position of the first container
 *   beyond `maxDepth` (the same error the incremental parser raises for the same text).
 */
export function checkJsonLimits(text: string, limits: Required<JsonLimits>): void {
  if (text.length > limits.maxLength) throw tooLongError(text, limits.maxLength);
  const n = text.length;
  // Each level takes a character: a text no longer than maxDepth cannot nest deeper (most answers).
  if (n <= limits.maxDepth) return;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = closingQuote(text, i);
      if (i < 0) return; // an unterminated string: the parser reports it
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > limits.maxDepth) throw tooDeepError(text, i, limits.maxDepth);
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      depth--;
    }
  }
}

/**
 * The index of the quote that closes the string opened at `open`, or -1. A quote preceded by an
 * odd run of backslashes is escaped. `indexOf` keeps the skip fast; each backslash run is walked
 * back once, so the scan stays linear.
 */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}
