import type { ServerResponse } from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";
import { sleep } from "./sleep.js";
import type { StreamScript } from "./types.js";

/**
 * Sends the 200 head of an event stream (with the reply's extra headers) and returns a writer
 * paced and sliced as the script asks.
 */
export function openEventStream(
  response: ServerResponse,
  headers: Record<string, string>,
  script: StreamScript,
  signal: AbortSignal,
): SseWriter {
  response.writeHead(200, {
    ...headers,
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  response.flushHeaders();
  return new SseWriter(response, signal, script.byteChunkSize, script.chunkDelayMs ?? 0);
}

/** Writes Server-Sent Events one at a time, optionally sliced into tiny byte writes. */
export class SseWriter {
  constructor(
    private readonly response: ServerResponse,
    private readonly signal: AbortSignal,
    private readonly byteChunkSize: number | undefined,
    private readonly delayMs: number,
  ) {}

  /** True while the client is still connected and the server is not closing. */
  get open(): boolean {
    return !this.response.destroyed && !this.signal.aborted;
  }

  /** Writes `data: <payload>\n\n`; resolves once the bytes reached the socket. */
  data(payload: string): Promise<void> {
    return this.frame(`data: ${payload}\n\n`);
  }

  /** Writes a named event, `event: <name>\ndata: <payload>\n\n` (the Anthropic wire names each). */
  event(name: string, payload: string): Promise<void> {
    return this.frame(`event: ${name}\ndata: ${payload}\n\n`);
  }

  private async frame(text: string): Promise<void> {
    const bytes = Buffer.from(text, "utf8");
    const size = this.byteChunkSize ?? bytes.length;
    for (let offset = 0; offset < bytes.length && this.open; offset += size) {
      await this.write(bytes.subarray(offset, offset + size));
      // Separate writes become separate TCP segments only if the loop yields between them.
      if (offset + size < bytes.length) await this.pause();
    }
  }

  /** Waits `delayMs`, or one event-loop turn when that is 0. */
  pause(): Promise<void> {
    return this.delayMs > 0 ? sleep(this.delayMs, this.signal) : nextTurn();
  }

  private write(bytes: Buffer): Promise<void> {
    return new Promise((resolve) => {
      // The callback also fires (with an error) if the client went away; the caller then sees !open.
      this.response.write(bytes, () => resolve());
    });
  }
}
