import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "../errors/provider-error.js";
import { postJson } from "./post-json.js";

const apiKey = "sk-test-0123456789abcdef";

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (for abort tests). */
  hang?: boolean;
}

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let baseURL: string;
let answer: Answer = { status: 200 };
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      if (answer.hang) return;
      response.writeHead(answer.status, answer.headers ?? {});
      response.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(extra: { keepHeader?: (name: string) => boolean; signal?: AbortSignal } = {}) {
  return postJson({
    url: `${baseURL}/v1/chat`,
    headers: { authorization: `Bearer ${apiKey}`, "x-version": "2" },
    body: { model: "m", messages: [{ role: "user", content: "hi" }] },
    provider: "acme",
    apiKey,
    ...extra,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => {
      throw new Error("postJson resolved");
    },
    (reason: unknown) => reason,
  );
  if (!ProviderError.isInstance(error)) throw error;
  return error;
}

describe("postJson", () => {
  it("POSTs the JSON body with content-type and the given headers, resolving to a 2xx response", async () => {
    answer = { status: 201, body: '{"ok":true}' };
    seen.length = 0;
    const response = await post();
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/chat");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(request?.headers["x-version"]).toBe("2");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
    });
  });

  it("takes the message from { error: { message } }, then { message }, else the raw text, without the key", async () => {
    answer = {
      status: 400,
      body: JSON.stringify({ error: { message: `bad key ${apiKey}` }, message: "top" }),
    };
    expect((await failureOf(post())).message).toBe("acme: 400 bad key [redacted]");

    answer = { status: 401, body: JSON.stringify({ message: `no ${apiKey} here` }) };
    expect((await failureOf(post())).message).toBe("acme: 401 no [redacted] here");

    answer = { status: 404, body: `<html>not found ${apiKey}</html>` };
    expect((await failureOf(post())).message).toBe("acme: 404 <html>not found [redacted]</html>");

    // Another shape (here a non-string nested message) is not read: the raw text is the message.
    const odd = JSON.stringify({ error: { message: 3 }, message: "top" });
    answer = { status: 422, body: odd };
    expect((await failureOf(post())).message).toBe(`acme: 422 ${odd}`);
  });

  it("marks 408, 409, 429 and 5xx retryable (isRetryableStatus), others not, and keeps the status", async () => {
    for (const [status, retryable] of [
      [400, false],
      [401, false],
      [404, false],
      [408, true],
      [409, true],
      [428, false],
      [429, true],
      [499, false],
      [500, true],
      [503, true],
      [529, true],
    ] as const) {
      answer = { status, body: "x" };
      const error = await failureOf(post());
      expect({ status: error.status, retryable: error.isRetryable }).toEqual({
        status,
        retryable,
      });
      expect(error.provider).toBe("acme");
    }
  });

  it("keeps the retry headers (retryHeaders) and lets x-should-retry decide", async () => {
    answer = {
      status: 429,
      headers: {
        "Retry-After": "7",
        "x-ratelimit-remaining-requests": "0",
        "x-request-id": "r1",
        "x-powered-by": "acme",
      },
      body: "slow down",
    };
    expect((await failureOf(post())).headers).toEqual({
      "retry-after": "7",
      "x-ratelimit-remaining-requests": "0",
      "x-request-id": "r1",
    });
    answer = { status: 503, headers: { "x-should-retry": "false" }, body: "down" };
    expect(await failureOf(post())).toMatchObject({ isRetryable: false });
    answer = { status: 400, headers: { "x-should-retry": "true" }, body: "try again" };
    expect(await failureOf(post())).toMatchObject({ isRetryable: true });
  });

  it("rejects with a retryable ProviderError, key redacted, when no answer arrives", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(
      postJson({
        url: `http://127.0.0.1:${port}/${apiKey}`,
        body: {},
        provider: "acme",
        apiKey,
      }),
    );
    expect(error.message).toMatch(/^acme: request failed: /);
    expect(error).toMatchObject({ provider: "acme", status: undefined, isRetryable: true });
    expect(error.headers).toEqual({});

    // fetch's own error text goes through redactSecret.
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new TypeError(`connect failed for ${apiKey}`));
    try {
      const stubbed = await failureOf(post());
      expect(stubbed.message).toBe(
        "acme: request failed: TypeError: connect failed for [redacted]",
      );
      expect(stubbed.isRetryable).toBe(true);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it("rejects with the signal's reason, not a ProviderError, when the signal aborts", async () => {
    const early = new AbortController();
    const before = new Error("before");
    early.abort(before);
    await expect(post({ signal: early.signal })).rejects.toBe(before);

    answer = { status: 200, hang: true };
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const pending = post({ signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
    answer = { status: 200 };
  });
});
