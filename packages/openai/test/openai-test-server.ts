import type { MockServer } from "@instr/mock-server";
import { loopbackSdkServer } from "@instr/provider-test-support";
import OpenAI from "openai";

/**
 * A scripted OpenAI-dialect server for one test file, and an `openai` client pointed at it with
 * SDK retries off. The server is reset before each test and closed after the file.
 */
export function openaiTestServer(): Promise<{ server: MockServer; client: OpenAI }> {
  return loopbackSdkServer(
    (server) =>
      new OpenAI({ apiKey: "sk-test-key-0123456789", baseURL: server.baseURL, maxRetries: 0 }),
    { dialect: "openai" },
  );
}
