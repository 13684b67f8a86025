import type { ServerResponse } from "node:http";
import { errorBody, errorFields } from "./error-body.js";
import { chatRequestFields } from "./request-fields.js";
import { resolveMessage } from "./resolve-message.js";
import { createResponseContext } from "./response-context.js";
import { sendCompletion, streamCompletion } from "./send-completion.js";
import { sendJson } from "./send-json.js";
import { sleep, untilAborted } from "./sleep.js";
import type { Dialect, MessageReply, RecordedRequest, Reply } from "./types.js";
import { serveWireMessage } from "./wires/serve-wire-message.js";
import type { Wire } from "./wires/wire.js";

/** The wire a request came in on, by its path: chat completions (in the server's dialect) or a {@link Wire}. */
export type Route = "chat" | Wire;

/** Server-wide state a reply needs. */
export interface ServeContext {
  dialect: Dialect;
  /** Aborted when the server closes: delays end, hanging requests are released. */
  signal: AbortSignal;
}

/** Answers one request with one scripted reply. */
export async function serveReply(
  reply: Reply,
  request: RecordedRequest,
  response: ServerResponse,
  context: ServeContext,
  wire: Route = "chat",
): Promise<void> {
  switch (reply.type) {
    case "message":
      if (wire === "chat") return serveMessage(reply, request, response, context);
      await delay(reply.delayMs, context.signal);
      if (response.destroyed || context.signal.aborted) return;
      return serveWireMessage(wire, reply, request, response, context.signal);
    case "error": {
      await delay(reply.delayMs, context.signal);
      if (response.destroyed || context.signal.aborted) return;
      const body =
        reply.body ??
        (wire === "chat"
          ? errorBody(context.dialect, errorFields(reply.status, reply.message))
          : wire.errorBody(reply.status, reply.message));
      return sendJson(response, reply.status, body, reply.headers);
    }
    case "raw":
      response.writeHead(reply.status ?? 200, {
        "content-type": "application/json",
        ...reply.headers,
      });
      response.end(reply.body);
      return;
    case "drop":
      response.socket?.destroy();
      return;
    case "hang":
      // close() aborts the signal and destroys the socket; nothing is ever written.
      return untilAborted(context.signal);
  }
}

async function serveMessage(
  reply: MessageReply,
  request: RecordedRequest,
  response: ServerResponse,
  context: ServeContext,
): Promise<void> {
  const fields = chatRequestFields(request.body);
  const message = resolveMessage(reply, fields.promptChars);
  await delay(reply.delayMs, context.signal);
  if (response.destroyed || context.signal.aborted) return;
  const responseContext = createResponseContext(
    context.dialect,
    reply.model ?? fields.model ?? "mock-model",
    request.receivedAt,
  );
  const headers = reply.headers ?? {};
  if (!fields.stream) return sendCompletion(response, message, responseContext, headers);
  const script = reply.stream ?? {};
  return streamCompletion(
    response,
    message,
    responseContext,
    headers,
    script,
    {
      includeUsage: fields.includeUsage,
      omitUsage: script.omitUsage === true,
      omitFinishReason: script.omitFinishReason === true,
    },
    context.signal,
  );
}

function delay(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return ms !== undefined && ms > 0 ? sleep(ms, signal) : Promise.resolve();
}
