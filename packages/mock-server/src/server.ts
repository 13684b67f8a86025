import { setMaxListeners } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { answerPreflight, isPreflight, setCorsHeaders } from "./cors.js";
import { errorBody, errorFields } from "./error-body.js";
import { readRequest } from "./read-request.js";
import { sendJson } from "./send-json.js";
import { type Route, type ServeContext, serveReply } from "./serve-reply.js";
import type {
  MockServer,
  MockServerOptions,
  RecordedRequest,
  Reply,
  ReplyHandler,
} from "./types.js";
import { validateReply } from "./validate-reply.js";
import { anthropicWire } from "./wires/anthropic/anthropic-wire.js";
import { geminiWire } from "./wires/gemini/gemini-wire.js";
import { responsesWire } from "./wires/openai-responses/responses-wire.js";
import type { Wire } from "./wires/wire.js";

/** The paths of chat completions (OpenAI, Cerebras), the wire every dialect speaks. */
const CHAT_PATHS: ReadonlySet<string> = new Set(["/v1/chat/completions", "/chat/completions"]);
/** Built-in wires that claim their own paths (see `Wire`), asked after the caller's own. */
const BUILT_IN_WIRES: readonly Wire[] = [anthropicWire, responsesWire, geminiWire];
/** The Cerebras SDK's constructor fires `GET /v1/tcp_warming` (option `warmTCPConnection`). */
const WARMING_PATH = "/v1/tcp_warming";

/**
 * Starts a chat-completions server on loopback; it also answers Anthropic's Messages API on
 * `POST /v1/messages` (JSON or named SSE events, errors in that API's shape), OpenAI's
 * Responses API on `POST /v1/responses` and Google's Gemini API on
 * `POST /v1beta/models/{model}:generateContent` and `:streamGenerateContent?alt=sse`. Each request is recorded (unless `recordRequests: false`), then answered by the
 * next queued reply, else the handler, else `defaultReply`, else a 500 "no scripted reply".
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const dialect = options.dialect ?? "cerebras";
  const record = options.recordRequests ?? true;
  const closing = new AbortController();
  // Every delayed or held reply listens for close(); dozens at once are normal here.
  setMaxListeners(0, closing.signal);
  const serveContext: ServeContext = { dialect, signal: closing.signal };
  const wires = [...(options.wires ?? []), ...BUILT_IN_WIRES];
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const warmupRequests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let handler: ReplyHandler | undefined;
  let closed: Promise<void> | undefined;

  const nextReply = async (request: RecordedRequest): Promise<Reply> => {
    const queued = queue.shift();
    if (queued !== undefined) return queued;
    if (handler !== undefined) return handler(request);
    if (options.defaultReply !== undefined) return options.defaultReply;
    return {
      type: "error",
      status: 500,
      message: `mock-server: no scripted reply for request #${requests.length} (${request.method} ${request.path})`,
    };
  };

  const answer = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (options.cors === true) {
      if (isPreflight(incoming)) return answerPreflight(incoming, response);
      setCorsHeaders(response);
    }
    const request = await readRequest(incoming);
    const pathname = request.path.split("?")[0] ?? "";
    if (request.method === "GET" && pathname === WARMING_PATH) {
      // Kept apart: it races with the test's own requests and would make `requests` flaky.
      warmupRequests.push(request);
      return sendJson(response, 200, {});
    }
    if (record) requests.push(request);
    const wire: Route | undefined = CHAT_PATHS.has(pathname)
      ? "chat"
      : wires.find((each) => each.claims(pathname));
    if (request.method !== "POST" || wire === undefined) {
      const fields = errorFields(404, `mock-server: no route for ${request.method} ${pathname}`);
      return sendJson(response, 404, errorBody(dialect, fields));
    }
    if (request.body === undefined) {
      const fields = errorFields(400, "mock-server: request body is not valid JSON");
      return sendJson(response, 400, errorBody(dialect, fields));
    }
    const reply = await nextReply(request);
    await serveReply(reply, request, response, serveContext, wire);
  };

  const server = createServer({ noDelay: true }, (incoming, response) => {
    answer(incoming, response).catch((error: unknown) => {
      // A script or handler bug: report it to the client rather than hiding it.
      if (response.headersSent || response.destroyed) {
        response.destroy();
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const fields = errorFields(500, `mock-server: ${message}`);
      sendJson(response, 500, errorBody(dialect, fields));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") {
    throw new Error("mock-server: expected a TCP address");
  }
  const url = `http://${formatHost(address)}:${address.port}`;

  return {
    url,
    baseURL: `${url}/v1`,
    port: address.port,
    dialect,
    requests,
    warmupRequests,
    get pending() {
      return queue.length;
    },
    enqueue(...replies) {
      for (const reply of replies) validateReply(reply);
      queue.push(...replies);
    },
    setHandler(next) {
      handler = next;
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      warmupRequests.length = 0;
      handler = undefined;
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

function formatHost(address: AddressInfo): string {
  return address.family === "IPv6" ? `[${address.address}]` : address.address;
}
