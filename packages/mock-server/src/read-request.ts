import type { IncomingMessage } from "node:http";
import { text } from "node:stream/consumers";
import type { RecordedRequest } from "./types.js";

/** Reads the whole request and records it; a body that is not JSON is kept raw with `body: undefined`. */
export async function readRequest(request: IncomingMessage): Promise<RecordedRequest> {
  const receivedAt = performance.now();
  const rawBody = await text(request);
  return {
    method: request.method ?? "GET",
    path: request.url ?? "/",
    headers: { ...request.headers },
    body: parseJson(rawBody),
    rawBody,
    receivedAt,
  };
}

function parseJson(raw: string): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    // Not an error of the server: the request is recorded raw and answered with a 400.
    return undefined;
  }
}
