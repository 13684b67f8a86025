import { JsonParseError } from "../errors/json-parse-error.js";

/**
 * `JSON.parse` with a typed error: the whole text must be one JSON value (surrounding whitespace
 * allowed). On failure the `JsonParseError` carries the text and, when the engine reports it,
 * the character offset of the problem (the text length for a truncated value).
 */
export function parseJsonText(text: string): unknown {
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
