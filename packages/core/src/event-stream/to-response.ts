import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { type ToEventStreamOptions, toEventStream } from "./to-event-stream.js";

/**
 * A `generateStream` call as a streaming `Response` (`text/event-stream`, not cached, not
 * buffered by proxies), ready to return from a Next.js route handler, Hono, or any fetch-style
 * server. `init` adds status and headers; its own headers win over the defaults.
 *
 * ```ts
 * export async function POST(request: Request) {
 *   const { prompt } = await request.json();
 *   return toResponse(
 *     instructor.generateStream({ responseModel: Recipe, model, prompt, signal: request.signal }),
 *   );
 * }
 * ```
 */
export function toResponse<T, E>(
  stream: AsyncIterable<GenerateStreamEvent<T, E>>,
  init: ResponseInit & ToEventStreamOptions = {},
): Response {
  const { flushMs, ...responseInit } = init;
  const headers = new Headers({
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  });
  for (const [name, value] of new Headers(init.headers)) headers.set(name, value);
  return new Response(toEventStream(stream, flushMs === undefined ? {} : { flushMs }), {
    ...responseInit,
    headers,
  });
}
