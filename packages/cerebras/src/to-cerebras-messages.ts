import {
  InstructorError,
  type Message,
  type OpenAIChatContentPart,
  type OpenAIChatImagePart,
  type OpenAIChatMessage,
  type OpenAIChatTextPart,
  toOpenAIChatMessages,
} from "@instr/core/adapter";

/** A chat message as the Cerebras wire takes it: user parts are text and images only. */
export type CerebrasMessage =
  | Exclude<OpenAIChatMessage, { role: "user" }>
  | { role: "user"; content: string | (OpenAIChatTextPart | OpenAIChatImagePart)[] };

/**
 * The messages on the OpenAI chat wire, with user parts narrowed to what Cerebras takes (text
 * and images). Core has already rejected other parts for the models in the capability table.
 *
 * @throws InstructorError for a file or audio part (a capability override that declares PDF or
 *   audio input for a model).
 */
export function toCerebrasMessages(messages: readonly Message[]): CerebrasMessage[] {
  return toOpenAIChatMessages(messages).map(toCerebrasMessage);
}

function toCerebrasMessage(message: OpenAIChatMessage): CerebrasMessage {
  if (message.role !== "user") return message;
  const { content } = message;
  return {
    role: "user",
    content: typeof content === "string" ? content : content.map(textOrImage),
  };
}

function textOrImage(part: OpenAIChatContentPart): OpenAIChatTextPart | OpenAIChatImagePart {
  if (part.type === "text" || part.type === "image_url") return part;
  throw new InstructorError(
    `The Cerebras chat wire takes text and image parts only, not "${part.type}" parts.`,
  );
}
