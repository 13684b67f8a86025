/** A tool call made by the model: `arguments` is the raw JSON text the model wrote. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/**
 * A provider-neutral chat message. Adapters map it to their wire format. Each role is its own
 * member, so `Extract<Message, { role: "user" }>` and `Exclude<Message, { role: "system" }>`
 * narrow as expected.
 */
export type Message =
  | { role: "system"; content: string }
  | { role: "user"; content: string }
  | { role: "assistant"; content: string | null; toolCalls?: ToolCall[] }
  | { role: "tool"; toolCallId: string; content: string };
