import type { MessageReply } from "@instr/mock-server";

/**
 * A JSON answer in the message content, as gpt-oss-120b gives it in JSON / JSON_SCHEMA mode:
 * its thoughts in `message.reasoning`, the answer in `content`.
 */
export function jsonAnswer(value: unknown, reasoning?: string): MessageReply {
  return {
    type: "message",
    content: JSON.stringify(value),
    ...(reasoning === undefined ? {} : { reasoning }),
  };
}

/** A call of the tool `name` with `value` as its arguments (TOOLS mode). */
export function toolAnswer(name: string, value: unknown, reasoning?: string): MessageReply {
  return {
    type: "message",
    toolCalls: [{ name, arguments: JSON.stringify(value) }],
    ...(reasoning === undefined ? {} : { reasoning }),
  };
}
