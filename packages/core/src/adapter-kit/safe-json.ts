/**
 * `JSON.parse(text)`, or `undefined` when the text is not JSON (callers report it themselves), e.g.
 * tool arguments a wire wants as an object.
 */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
