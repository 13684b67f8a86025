import type { IncomingMessage, ServerResponse } from "node:http";

/** A browser's CORS preflight: `OPTIONS` naming the method the real request will use. */
export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined
  );
}

/**
 * Headers every response carries when CORS is on (`setHeader`, so they merge into the reply's own
 * `writeHead`): any origin, and every header readable, as `retry-after` and the rate-limit
 * headers must be for a browser client to honour them.
 */
export function setCorsHeaders(response: ServerResponse): void {
  response.setHeader("access-control-allow-origin", "*");
  response.setHeader("access-control-expose-headers", "*");
}

/** Allows exactly what the preflight asks for (the SDKs send their own `x-stainless-*` headers). */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
  setCorsHeaders(response);
  response.writeHead(204, {
    "access-control-allow-methods": request.headers["access-control-request-method"] ?? "POST",
    "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "",
    "access-control-max-age": "600",
  });
  response.end();
}
