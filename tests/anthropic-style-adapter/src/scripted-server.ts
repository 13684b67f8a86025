import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A content block of a scripted answer; tool input is raw JSON text (it may be invalid). */
export type ScriptedBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string; signature?: string }
  | { type: "tool_use"; id: string; name: string; input: string };

/** What the server sends for the next request, in the wire's own terms. */
export type ServerReply =
  | {
      type: "message";
      content: ScriptedBlock[];
      stop_reason: string;
      usage: { input_tokens: number; output_tokens: number };
      /** When streamed: characters per text / thinking / input_json delta. Default: whole. */
      chunkSize?: number;
      /** When streamed: pause between events. */
      chunkDelayMs?: number;
      /** When streamed: end the body cleanly without `message_delta` and `message_stop`. */
      omitStop?: boolean;
      /** When streamed: after this many events, drop the connection or send an `error` event. */
      interrupt?: { afterEvents: number; with: "drop" | { type: string; message: string } };
    }
  | { type: "error"; status: number; message: string; headers?: Record<string, string> }
  | { type: "drop" }
  | { type: "hang" };

/** One request the server received. */
export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

/**
 * A loopback Anthropic-Messages-style server for tests: `POST /v1/messages` answers with the
 * next scripted reply (as JSON, or as named server-sent events when the body asks to stream)
 * and records every request.
 */
export class ScriptedServer {
  readonly requests: RecordedRequest[] = [];
  private readonly replies: ServerReply[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private port = 0;

  /** Server root, e.g. `http://127.0.0.1:PORT`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
  }

  enqueue(...replies: ServerReply[]): void {
    this.replies.push(...replies);
  }

  /** Forgets queued replies and recorded requests. */
  reset(): void {
    this.replies.length = 0;
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    if (!this.server.listening) return;
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      body = undefined;
    }
    this.requests.push({ path: req.url ?? "", headers: req.headers, body });
    const reply = this.replies.shift();
    if (req.method !== "POST" || req.url !== "/v1/messages" || reply === undefined) {
      const message = reply === undefined ? "no scripted reply" : `no route ${req.url}`;
      sendJson(res, 500, { type: "error", error: { type: "api_error", message } });
      return;
    }
    switch (reply.type) {
      case "drop":
        req.socket.destroy();
        return;
      case "hang":
        return; // until the client goes away or the server closes
      case "error":
        sendJson(
          res,
          reply.status,
          { type: "error", error: { type: "api_error", message: reply.message } },
          reply.headers,
        );
        return;
      case "message": {
        const streamed = typeof body === "object" && body !== null && "stream" in body;
        if (streamed && (body as { stream: unknown }).stream === true) {
          await streamMessage(res, reply);
        } else {
          sendJson(res, 200, {
            id: "msg_scripted",
            type: "message",
            role: "assistant",
            content: reply.content.map((block) =>
              block.type === "tool_use" ? { ...block, input: JSON.parse(block.input) } : block,
            ),
            stop_reason: reply.stop_reason,
            usage: reply.usage,
          });
        }
      }
    }
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function streamMessage(
  res: ServerResponse,
  reply: Extract<ServerReply, { type: "message" }>,
): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const events: Array<Record<string, unknown>> = [
    {
      type: "message_start",
      message: {
        id: "msg_scripted",
        type: "message",
        role: "assistant",
        content: [],
        stop_reason: null,
        usage: { input_tokens: reply.usage.input_tokens, output_tokens: 1 },
      },
    },
  ];
  reply.content.forEach((block, index) => {
    const start =
      block.type === "tool_use"
        ? { type: "tool_use", id: block.id, name: block.name, input: {} }
        : block.type === "text"
          ? { type: "text", text: "" }
          : { type: "thinking", thinking: "" };
    events.push({ type: "content_block_start", index, content_block: start });
    const whole =
      block.type === "tool_use" ? block.input : block.type === "text" ? block.text : block.thinking;
    for (const piece of split(whole, reply.chunkSize)) {
      const delta =
        block.type === "tool_use"
          ? { type: "input_json_delta", partial_json: piece }
          : block.type === "text"
            ? { type: "text_delta", text: piece }
            : { type: "thinking_delta", thinking: piece };
      events.push({ type: "content_block_delta", index, delta });
    }
    if (block.type === "thinking" && block.signature !== undefined) {
      events.push({
        type: "content_block_delta",
        index,
        delta: { type: "signature_delta", signature: block.signature },
      });
    }
    events.push({ type: "content_block_stop", index });
  });
  events.push(
    {
      type: "message_delta",
      delta: { stop_reason: reply.stop_reason, stop_sequence: null },
      usage: { output_tokens: reply.usage.output_tokens },
    },
    { type: "message_stop" },
  );
  if (reply.omitStop === true) events.length -= 2;
  const { interrupt } = reply;
  if (interrupt !== undefined) {
    events.length = Math.min(events.length, interrupt.afterEvents);
    if (interrupt.with !== "drop") events.push({ type: "error", error: interrupt.with });
  }
  for (const event of events) {
    if (res.destroyed) return;
    const frame = `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`;
    // Wait until the frame is flushed, so an interrupt drops the connection after it.
    await new Promise<void>((resolve) => res.write(frame, () => resolve()));
    if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
  }
  if (interrupt?.with === "drop") res.socket?.destroy();
  else res.end();
}

function split(text: string, size: number | undefined): string[] {
  if (!size || text.length <= size) return text ? [text] : [];
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
}
