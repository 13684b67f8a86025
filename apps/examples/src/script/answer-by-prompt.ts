import type { RecordedRequest, Reply, ReplyHandler } from "@instr/mock-server";
import { z } from "zod";

// A text, or the text blocks / parts of a multi-part content (Anthropic blocks, Gemini parts).
const Text = z.union([
  z.string(),
  z
    .array(z.object({ text: z.string().optional() }))
    .transform((parts) => parts.map((part) => part.text ?? "").join("")),
]);
const Turn = z.object({
  role: z.string(),
  content: Text.nullish(),
  parts: Text.optional(),
});
/** Chat completions and Anthropic Messages send `messages`, the Gemini API `contents`. */
const Body = z.union([
  z.object({ messages: z.array(Turn) }),
  z.object({ contents: z.array(Turn) }),
]);

/**
 * A reply handler for requests that arrive in no fixed order (concurrent calls, batches), on any
 * of the loopback wires: it answers with the reply whose key occurs in the request's last user
 * message. A request that matches no key is a scripting mistake and fails loudly (the server turns the throw into a 500).
 */
export function answerByPrompt(replies: Readonly<Record<string, Reply>>): ReplyHandler {
  return (request) => {
    const prompt = lastUserMessage(request);
    const match = Object.entries(replies).find(([key]) => prompt.includes(key));
    if (match === undefined) {
      throw new Error(`no scripted reply matches the prompt ${JSON.stringify(prompt)}`);
    }
    return match[1];
  };
}

function lastUserMessage(request: RecordedRequest): string {
  const body = Body.parse(request.body);
  const turns = "messages" in body ? body.messages : body.contents;
  const last = turns.findLast((turn) => turn.role === "user");
  return last?.content ?? last?.parts ?? "";
}
