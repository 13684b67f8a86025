import type { RecordedRequest, Reply } from "@instr/mock-server";
import { z } from "zod";
import { smokeCaseOf } from "../smoke/smoke-case.js";

const jason = { name: "Jason", age: 25 };

/**
 * The loopback servers' handler for the smoke program: the answer each `case:` prompt expects,
 * as a call to the offered tool when the request offers one (TOOLS mode), else as text.
 */
export function smokeReply(request: RecordedRequest): Reply {
  const body = ChatBody.parse(request.body);
  const prompt = body.messages.find((message) => message.role === "user")?.content ?? "";
  const reasked = body.messages.some((message) => message.role === "assistant");
  const answer = (value: unknown, stream?: { chunkSize: number; chunkDelayMs?: number }): Reply => {
    const text = JSON.stringify(value);
    const tool = body.tools?.[0]?.function.name;
    const fields =
      tool === undefined ? { content: text } : { toolCalls: [{ name: tool, arguments: text }] };
    return { type: "message", ...fields, ...(stream === undefined ? {} : { stream }) };
  };
  switch (smokeCaseOf(typeof prompt === "string" ? prompt : JSON.stringify(prompt))) {
    case "generate":
      return answer(jason);
    case "partial":
      return answer(jason, { chunkSize: 4 });
    case "iterable":
      return answer(
        { items: [jason, { name: "Sarah", age: 30 }, { name: "Mike", age: 28 }] },
        { chunkSize: 6 },
      );
    case "reask":
      return answer(reasked ? jason : { name: "Jason", age: "twenty-five" });
    case "error":
      return { type: "error", status: 400, message: "smoke: a bad request" };
    case "abort":
      // ~3 s if nobody aborts: the program aborts after the first snapshot.
      return answer(jason, { chunkSize: 1, chunkDelayMs: 100 });
    case undefined:
      return { type: "error", status: 404, message: `smoke: no case in prompt ${String(prompt)}` };
  }
}

/** The part of a chat-completions request the replies depend on. */
const ChatBody = z.object({
  messages: z.array(z.object({ role: z.string(), content: z.unknown() })),
  tools: z.array(z.object({ function: z.object({ name: z.string() }) })).optional(),
});
