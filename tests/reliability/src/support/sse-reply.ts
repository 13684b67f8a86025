import type { Reply } from "@instr/mock-server";

/** One `chat.completion.chunk` whose first choice carries `delta` (and `finishReason`). */
export function chunk(delta: Record<string, unknown>, finishReason: string | null = null): unknown {
  return {
    id: "chatcmpl-reliability",
    object: "chat.completion.chunk",
    created: 0,
    model: "m",
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

/**
 * A hand-written SSE response: these events and nothing else. For streams no well-behaved server
 * sends, e.g. one that closes cleanly without a finish chunk or `[DONE]`.
 */
export function sseReply(events: readonly unknown[]): Reply {
  return {
    type: "raw",
    headers: { "content-type": "text/event-stream" },
    body: events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(""),
  };
}
