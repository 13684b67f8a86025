import type { ServerResponse } from "node:http";
import { resolveMessage } from "../resolve-message.js";
import { sendJson } from "../send-json.js";
import { untilSettledOrAborted } from "../sleep.js";
import { openEventStream, type SseWriter } from "../sse-writer.js";
import type { MessageReply, RecordedRequest } from "../types.js";
import type { Wire, WireEvent } from "./wire.js";

/**
 * Answers a request a plug-in wire claimed with a message reply: the wire's JSON body, or its
 * events as SSE when the request asks to stream, with the script's faults at their event
 * positions (position i means "after i events"; the loop runs once past the last event so a
 * fault can also sit after it).
 */
export async function serveWireMessage(
  wire: Wire,
  reply: MessageReply,
  request: RecordedRequest,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const facts = wire.facts(request);
  const answer = {
    message: resolveMessage(reply, facts.promptChars),
    reply,
    model: reply.model ?? facts.model ?? "mock-model",
  };
  const headers = reply.headers ?? {};
  if (!facts.stream) return sendJson(response, 200, wire.body(answer), headers);
  const script = reply.stream ?? {};
  const events = wire.events(answer);
  const writer = openEventStream(response, headers, script, signal);
  for (let i = 0; i <= events.length; i++) {
    if (!writer.open) return;
    if (i === script.dropAfterChunks) {
      response.socket?.destroy();
      return;
    }
    if (i === script.errorAfterChunks) {
      await send(writer, wire.streamError(i));
      response.end();
      return;
    }
    if (i === script.gate?.afterChunks) await untilSettledOrAborted(script.gate.until, signal);
    const next = events[i];
    if (next === undefined || !writer.open) break;
    if (i > 0) await writer.pause();
    await send(writer, next);
  }
  if (writer.open) response.end();
}

function send(writer: SseWriter, event: WireEvent): Promise<void> {
  const payload = JSON.stringify(event.data);
  return event.event === undefined ? writer.data(payload) : writer.event(event.event, payload);
}
