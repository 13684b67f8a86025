/**
 * The instr event stream on the wire (`text/event-stream`, UTF-8). Answer text travels as it was
 * written, never as snapshots, so the body is linear in the answer:
 *
 * - an event without a name (the format's default `message`): answer text; its `data:` lines
 *   joined with `\n` are the text. Text containing a CR (which the format reads as a line end),
 *   or whose many line ends make a JSON string shorter, goes as `event: text` with a JSON string;
 * - `shape` `{"wrapped": bool, "nullOptionals"?: {...}}`, first when the call has one: how snapshots
 *   follow from the text (see `StreamShapeEvent`);
 * - `element` `{"index": n}`: element n of the answer so far is complete and valid;
 * - `reasoning`: a JSON string, reasoning text;
 * - `retry` `{"attempt": n, "error": {"name", "message"}}`: the answer restarts;
 * - `usage` `{"attempt": n, "usage": {...}}`;
 * - `final` `{"usage": {...}, "attempts": n}`: the answer text sent is the validated value;
 * - `error` `{"name", "message"}`: the call failed.
 *
 * `final` or `error` is always the last event; a body that ends without one was cut off.
 */
export const WireEvent = {
  text: "text",
  shape: "shape",
  element: "element",
  reasoning: "reasoning",
  retry: "retry",
  usage: "usage",
  final: "final",
  error: "error",
} as const;

/** A server-side error as the wire carries it: no raw answer text, which the client has. */
export interface WireError {
  name: string;
  message: string;
}

/**
 * The frame of answer text, in the shorter of its two forms: `data:` lines (6 bytes per line of
 * the text) or a JSON string (which the format needs when the text holds a CR, and which costs
 * less for pretty-printed JSON: an escaped line end is one byte more, not six).
 */
export function textFrame(text: string): string {
  const lines = text.split("\n");
  const json = JSON.stringify(text);
  // Bytes beyond the text itself: JSON's quotes and escapes vs a `data:` prefix per line.
  if (text.includes("\r") || json.length - text.length + 11 < lines.length * 6) {
    return eventFrame(WireEvent.text, text, json);
  }
  let frame = "";
  for (const line of lines) {
    // The format drops one space after `data:`; a line that starts with one gets a spare.
    frame += line.startsWith(" ") ? `data: ${line}\n` : `data:${line}\n`;
  }
  return `${frame}\n`;
}

/**
 * A named event whose data is `data` as JSON (one line: JSON.stringify escapes line ends);
 * `json` when the caller has it already.
 */
export function eventFrame(name: string, data: unknown, json = JSON.stringify(data)): string {
  return `event:${name}\ndata:${json}\n\n`;
}

/** The name and message of any thrown value. */
export function wireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}
