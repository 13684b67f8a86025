import { JsonParseError } from "../errors/json-parse-error.js";
import { stripThinking } from "./strip-thinking.js";

// An opening fence with its info string, then the body up to the next fence or the end of text
// (an unclosed last fence runs to the end).
const FENCE = /```([^\n`]*)\n([\s\S]*?)(?:```|$)/g;

/**
 * The JSON text of an MD_JSON answer: prose, `<think>` blocks and several fences are allowed.
 *
 * Picks the FIRST fence tagged `json` (any case) or untagged, skipping fences of other languages
 * (the same rule as the streaming extractor); without one, the whole trimmed text when it is a
 * JSON value. The first fence is taken even when its JSON is invalid: skipping to another block
 * would be a guess, and the re-ask shows the model its own error instead.
 *
 * @throws JsonParseError when there is neither a fence nor bare JSON.
 */
export function extractFencedJson(text: string): string {
  const visible = stripThinking(text);
  const fences = [...visible.matchAll(FENCE)].map((m) => ({
    lang: (m[1] ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "",
    body: m[2] ?? "",
  }));
  const fence = fences.find((f) => f.lang === "json" || f.lang === "");
  if (fence !== undefined) return fence.body;
  const bare = visible.trim();
  if (isJson(bare)) return bare;
  throw new JsonParseError(
    "The answer has no ```json fenced block, and is not a bare JSON value either.",
    { rawText: text },
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return text !== "";
  } catch {
    // Not JSON: the caller reports the missing fence, which is the actionable problem.
    return false;
  }
}
