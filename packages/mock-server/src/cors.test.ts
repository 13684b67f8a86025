import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "./server.js";
import type { MockServer } from "./types.js";

let server: MockServer;
let plain: MockServer;

beforeAll(async () => {
  server = await startMockServer({ cors: true, defaultReply: { type: "message", content: "{}" } });
  plain = await startMockServer({ defaultReply: { type: "message", content: "{}" } });
});
afterAll(async () => {
  await server.close();
  await plain.close();
});

const preflight = (url: string) =>
  fetch(`${url}/v1/chat/completions`, {
    method: "OPTIONS",
    headers: {
      origin: "http://127.0.0.1:1",
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type,x-stainless-os",
    },
  });

describe("cors option", () => {
  it("answers a preflight with what it asks for and does not record it", async () => {
    const response = await preflight(server.url);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("POST");
    expect(response.headers.get("access-control-allow-headers")).toBe(
      "authorization,content-type,x-stainless-os",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("lets a page read every answer, errors included", async () => {
    const ok = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "m", messages: [] }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    expect(ok.headers.get("access-control-expose-headers")).toBe("*");
    await ok.text();
    const missing = await fetch(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
    await missing.text();
  });

  it("is off by default: no CORS headers, a preflight is an unknown route", async () => {
    const response = await preflight(plain.url);
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    await response.text();
  });
});
