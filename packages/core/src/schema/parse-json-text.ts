import { JsonParseError } from "../errors/json-parse-error.js";
import { checkJsonLimits } from "../json/check-json-limits.js";
import type { JsonLimits } from "../types/json-limits.js";

/**
 * `JSON.parse` with a typed error and the answer limits: the whole text must be one JSON value
 * (surrounding whitespace allowed) within `limits` (checked first, so an oversized or too deeply
 * nested answer is never materialised). On failure the `JsonParseError` carries the text and,
 * when known, the character offset of the problem (the text length for a truncated value).
 * Keys are own data properties, `__proto__` included (`JSON.parse` never sets a prototype).
 */
export function parseJsonText(text: string, limits: Required<JsonLimits>): unknown {
  checkJsonLimits(text, limits);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JsonParseError(
      `The answer is not valid JSON: ${reason}`,
      { rawText: text, position: errorPosition(reason, text) },
      { cause: error },
    );
  }
}

function errorPosition(reason: string, text: string): number | undefined {
  const match = /at position (\d+)/.exec(reason);
  if (match?.[1] !== undefined) return Number(match[1]);
  return /end of JSON input/.test(reason) ? text.length : undefined;
}
