/**
 * The instr event stream on the wire (`text/event-stream`, UTF-8). Answer text travels as it was
 * written, never as snapshots, so the body is linear in the answer:
 *
 * - an event without a name (the format's default `message`): answer text; its `data:` lines
 *   joined with `\n` are the text. Text containing a CR (which the format reads as a line end)
 *   goes as `event: text` with a JSON string instead;
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

/** The frame of answer text: `data:` lines, or a JSON string when the text holds a CR. */
export function textFrame(text: string): string {
  if (text.includes("\r")) return eventFrame(WireEvent.text, text);
  let frame = "";
  for (const line of text.split("\n")) {
    // The format drops one space after `data:`; a line that starts with one gets a spare.
    frame += line.startsWith(" ") ? `data: ${line}\n` : `data:${line}\n`;
  }
  return `${frame}\n`;
}

/** A named event whose data is `data` as JSON (one line: JSON.stringify escapes line ends). */
export function eventFrame(name: string, data: unknown): string {
  return `event:${name}\ndata:${JSON.stringify(data)}\n\n`;
}

/** The name and message of any thrown value. */
export function wireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}
