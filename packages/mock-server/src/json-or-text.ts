/**
 * `text` parsed as JSON, or the text itself when it is not JSON: a wire whose tool arguments are
 * an object sends a scripted invalid argument text as a string (the client then sees arguments
 * that do not match the schema).
 */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
