import Anthropic from "@anthropic-ai/sdk";
import type { MockServer } from "@instr/mock-server";
import { loopbackSdkServer } from "@instr/provider-test-support";

/** The key the test client sends; no error may ever repeat it. */
export const TEST_API_KEY = "sk-ant-test-key-0123456789";

/**
 * A scripted loopback server answering the Messages API for one test file, and an
 * `@anthropic-ai/sdk` client pointed at it with SDK retries off. Reset before each test.
 */
export function anthropicTestServer(): Promise<{ server: MockServer; client: Anthropic }> {
  return loopbackSdkServer(
    (server) => new Anthropic({ apiKey: TEST_API_KEY, baseURL: server.url, maxRetries: 0 }),
  );
}
