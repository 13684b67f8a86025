import type { RecordedRequest, Reply, ReplyHandler } from "@instr/mock-server";
import { z } from "zod";

const ChatBody = z.object({
  messages: z.array(z.object({ role: z.string(), content: z.string().nullish() })),
});

/**
 * A reply handler for requests that arrive in no fixed order (concurrent calls, batches): it
 * answers with the reply whose key occurs in the request's last user message. A request that
 * matches no key is a scripting mistake and fails loudly (the server turns the throw into a 500).
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
  const { messages } = ChatBody.parse(request.body);
  return messages.findLast((m) => m.role === "user")?.content ?? "";
}
