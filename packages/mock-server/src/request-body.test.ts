import { afterAll, describe, expect, it } from "vitest";
import { requestBody } from "./request-body.js";
import { startMockServer } from "./server.js";
import { postChat } from "./test-support/read-sse.js";

const server = await startMockServer();
afterAll(() => server.close());

describe("requestBody", () => {
  it("reads the latest request's JSON object by default, and any other by index", async () => {
    server.enqueue({ type: "message", content: "a" }, { type: "message", content: "b" });
    await postChat(server.url, { model: "first" });
    await postChat(server.url, { model: "second" });
    expect(requestBody(server)).toMatchObject({ model: "second" });
    expect(requestBody(server, 0)).toMatchObject({ model: "first" });
  });

  it("throws when the request is missing or carried no JSON object", async () => {
    server.reset();
    expect(() => requestBody(server)).toThrow("no request -1 (0 recorded)");
    await fetch(`${server.url}/v1/models`);
    expect(() => requestBody(server)).toThrow("GET /v1/models) has no JSON object body");
  });
});
