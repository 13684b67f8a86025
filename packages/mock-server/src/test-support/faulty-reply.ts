import type { MessageReply, StreamScript } from "../types.js";

/** A reply that streams `content` in 2-character chunks with one scripted `fault`. */
export function faultyReply(content: string, fault: StreamScript): MessageReply {
  return { type: "message", content, stream: { chunkSize: 2, ...fault } };
}
