import { InstructorError } from "../errors/instructor-error.js";
import type { UserContent } from "../types/content-part.js";
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
    prompt?: UserContent | undefined;
  },
  instruction: string,
): Message[] {
  const given = input.messages ?? [];
  if (
    input.prompt === undefined &&
    !given.some((m) => m.role === "user" || m.role === "assistant")
  ) {
    throw new InstructorError(
      "Nothing to answer: pass a `prompt`, or `messages` with at least one user or assistant message.",
    );
  }
  // One array, built in order (this runs on every call).
  const conversation: Message[] = [];
  const system = joinSystem(input.system, instruction);
  if (system !== "") conversation.push({ role: "system", content: system });
  for (const message of given) conversation.push(message);
  if (input.prompt !== undefined) conversation.push({ role: "user", content: input.prompt });
  return conversation;
}

/** The non-blank parts, separated by a blank line ("" when both are blank). */
function joinSystem(system: string | undefined, instruction: string): string {
  const hasSystem = system !== undefined && system.trim() !== "";
  const hasInstruction = instruction.trim() !== "";
  if (hasSystem && hasInstruction) return `${system}\n\n${instruction}`;
  return hasSystem ? system : hasInstruction ? instruction : "";
}
