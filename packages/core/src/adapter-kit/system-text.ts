import type { SystemContent } from "../types/content-part.js";

/**
 * A system message's content as one string, for the wires whose system prompt is text: the string
 * itself, or its text parts joined.
 */
export function systemText(content: SystemContent): string {
  return typeof content === "string" ? content : content.map((part) => part.text).join("");
}
