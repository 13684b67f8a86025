import type { AdapterResponse } from "../types/adapter.js";
import type { ReasoningPart } from "../types/content-part.js";
import { Mode } from "../types/mode.js";
import { ThinkSplitter } from "./think-splitter.js";

/**
 * `response` with the `<think>…</think>` reasoning of its text moved to a reasoning part after
 * its own (see `ThinkSplitter` for the rule, shared with streamed answers); the same object
 * when its text holds none.
 */
export function splitThinkResponse<R extends AdapterResponse>(response: R, mode: Mode): R {
  const { text } = response;
  // No tag without a "<": most answers leave here.
  if (text === null || !text.includes("<")) return response;
  const splitter = new ThinkSplitter(holdsProse(mode));
  const answer = splitter.push(text) + splitter.end();
  const thought = splitter.takeReasoning();
  if (answer === text) return response;
  if (thought === "") return { ...response, text: answer };
  const part: ReasoningPart = { type: "reasoning", text: thought };
  return { ...response, text: answer, reasoning: [...(response.reasoning ?? []), part] };
}

/**
 * Whether prose before the answer is held back for a lone `</think>`: in every mode but MD_JSON,
 * whose fence extractor streams past prose (and skips reasoning) itself.
 */
export function holdsProse(mode: Mode): boolean {
  return mode !== Mode.MD_JSON;
}
