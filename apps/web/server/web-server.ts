import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

/** A running example server. */
export interface WebServer {
  url: string;
  /** Route responses whose body is still streaming (the browser test watches `stop`). */
  readonly openStreams: number;
  close(): Promise<void>;
}

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * Plain Node (`node:http`): serves the built page from `dist/` and hands `POST /api/recipe` to
 * `route`, a fetch-style handler. The request becomes a web `Request` whose signal aborts when
 * the browser goes away, and the `Response` body is written out as it streams.
 */
export async function startWebServer(
  route: (request: Request) => Promise<Response>,
  options: { port?: number; host?: string } = {},
): Promise<WebServer> {
  let openStreams = 0;
  const server = createServer((req, res) => {
    if (req.method === "POST" && req.url === "/api/recipe") {
      openStreams++;
      void serveRoute(route, req, res).finally(() => {
        openStreams--;
      });
      return;
    }
    void serveFile(req, res);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not a TCP server");
  const { port } = address;
  return {
    url: `http://${host}:${port}`,
    get openStreams() {
      return openStreams;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveRoute(
  route: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const controller = new AbortController();
  // The browser went away (stop, reload, closed tab) before the body ended.
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, {
    method: "POST",
    headers: { "content-type": req.headers["content-type"] ?? "application/json" },
    body: Buffer.concat(chunks),
    signal: controller.signal,
  });
  const response = await route(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (let read = await reader.read(); read.done !== true; read = await reader.read()) {
      if (controller.signal.aborted) break;
      res.write(read.value);
    }
  } finally {
    // Cancelling the body closes the route's generateStream (and its provider stream).
    if (controller.signal.aborted) await reader.cancel().catch(() => undefined);
    res.end();
  }
}

async function serveFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const file = normalize(join(DIST, path === "/" ? "index.html" : path));
  if (!file.startsWith(DIST)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found (run `vite build` first)");
  }
}
