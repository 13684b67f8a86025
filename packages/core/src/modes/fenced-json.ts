import { JsonParseError } from "../errors/json-parse-error.js";
import { createMdJsonExtractor } from "../json/md-json-extractor.js";

/**
 * The JSON text of a whole MD_JSON answer: the streaming extractor fed the whole text at once,
 * so streamed and whole answers follow one rule (see `createMdJsonExtractor`): prose,
 * `<think>` blocks and several fences are allowed; the first fence tagged `json` or untagged
 * wins, even when its JSON is invalid (skipping to another block would be a guess, and the
 * re-ask shows the model its own error instead); without a fence, bare JSON.
 *
 * @throws JsonParseError when there is neither a fence nor bare JSON.
 */
export function extractFencedJson(text: string): string {
  const extractor = createMdJsonExtractor();
  const json = extractor.push(text) + extractor.end();
  if (extractor.found) return json;
  throw new JsonParseError(
    "The answer has no ```json fenced block, and is not a bare JSON value either.",
    { rawText: text },
  );
}
