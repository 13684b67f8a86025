import { type MockServer, schemaAwareReply, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { run as awaitUser } from "../examples/await-user.js";
import { liveContext, SCRIPTED_LABEL } from "./create-context.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

it("live, scripts nothing and sends the key and model it was given", async () => {
  // Stand-in for api.cerebras.ai: the SDK reads CEREBRAS_BASE_URL when no baseURL is passed.
  vi.stubEnv("CEREBRAS_BASE_URL", server.url);
  server.setHandler(schemaAwareReply);
  const lines: string[] = [];
  const user = await awaitUser(liveContext("csk-live", "qwen-3.8-27b", (l) => lines.push(l)));

  expect(user).toEqual({ name: expect.any(String), age: expect.any(Number) });
  expect(lines.some((l) => l.includes(SCRIPTED_LABEL))).toBe(false);
  expect(server.pending).toBe(0);
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]?.headers.authorization).toBe("Bearer csk-live");
  expect(server.requests[0]?.body).toMatchObject({ model: "qwen-3.8-27b" });
});
