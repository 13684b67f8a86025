/**
 * The text without the model's `<think>…</think>` reasoning. Also handles the two unbalanced
 * forms reasoning models produce:
 * - a lone `</think>`: the chat template opened the block in the prompt, so everything before
 *   the closing tag is reasoning;
 * - an unclosed `<think>`: everything after it is reasoning (the model never got to answer).
 */
export function stripThinking(text: string): string {
  let visible = text.replace(/<think>[\s\S]*?<\/think>/gi, "");
  const close = /<\/think>/i.exec(visible);
  if (close !== null) visible = visible.slice(close.index + close[0].length);
  const open = /<think>/i.exec(visible);
  if (open !== null) visible = visible.slice(0, open.index);
  return visible;
}
