import type { Reply } from "@instr/mock-server";

/** A well-formed completion with no choice at all: what no well-behaved server sends. */
export function emptyChoicesReply(): Reply {
  const body = { id: "x", object: "chat.completion", created: 0, model: "m", choices: [] };
  return { type: "raw", body: JSON.stringify(body) };
}
