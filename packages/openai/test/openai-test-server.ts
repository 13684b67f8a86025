import { type MockServer, startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { afterAll, beforeEach } from "vitest";

/**
 * A scripted OpenAI-dialect server for one test file, and an `openai` client pointed at it with
 * SDK retries off. The server is reset before each test and closed after the file.
 */
export async function openaiTestServer(): Promise<{ server: MockServer; client: OpenAI }> {
  const server = await startMockServer({ dialect: "openai" });
  afterAll(() => server.close());
  beforeEach(() => server.reset());
  const client = new OpenAI({
    apiKey: "sk-test-key-0123456789",
    baseURL: server.baseURL,
    maxRetries: 0,
  });
  return { server, client };
}
