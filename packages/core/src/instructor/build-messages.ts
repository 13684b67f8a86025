import { InstructorError } from "../errors/instructor-error.js";
import type { Message } from "../types/message.js";

/**
 * The conversation of the first attempt: one system message (the caller's `system`, then the
 * mode instruction, merged because several providers accept only one leading system message),
 * then `messages` as given, then `prompt` as a user message.
 *
 * @throws InstructorError when there is nothing to answer (no prompt and no user or assistant
 *   message).
 */
export function buildMessages(
  input: {
    system?: string | undefined;
    messages?: Message[] | undefined;
    prompt?: string | undefined;
  },
  instruction: string,
): Message[] {
  const conversation: Message[] = [...(input.messages ?? [])];
  if (input.prompt !== undefined) conversation.push({ role: "user", content: input.prompt });
  if (!conversation.some((m) => m.role === "user" || m.role === "assistant")) {
    throw new InstructorError(
      "Nothing to answer: pass a `prompt`, or `messages` with at least one user or assistant message.",
    );
  }
  const system = [input.system, instruction].filter(
    (part) => part !== undefined && part.trim() !== "",
  );
  return system.length === 0
    ? conversation
    : [{ role: "system", content: system.join("\n\n") }, ...conversation];
}
