import type { Reply } from "@instr/mock-server";

const MAX_LENGTH = 160;

/** A one-line summary of a scripted reply, for the `[scripted offline reply]` label. */
export function describeReply(reply: Reply): string {
  const after =
    "delayMs" in reply && reply.delayMs !== undefined ? ` (after ${reply.delayMs} ms)` : "";
  return `${shorten(summary(reply))}${after}`;
}

function summary(reply: Reply): string {
  switch (reply.type) {
    case "message": {
      const calls = (reply.toolCalls ?? []).map(
        (call) => `tool call ${call.name}(${call.arguments})`,
      );
      const text = reply.content ?? "";
      return [...calls, ...(text === "" ? [] : [oneLine(text)])].join(" + ");
    }
    case "error":
      return `HTTP ${reply.status}${reply.message === undefined ? "" : ` ${reply.message}`}`;
    case "raw":
      return `raw HTTP ${reply.status ?? 200}: ${oneLine(reply.body)}`;
    case "drop":
      return "connection dropped";
    case "hang":
      return "no answer";
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ⏎ ");
}

// The full text is in the example's source; a label only needs to show what kind of answer it is.
function shorten(text: string): string {
  return text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH - 1)}…`;
}
