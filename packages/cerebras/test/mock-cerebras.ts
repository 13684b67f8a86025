import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** The key every test client sends; tests assert it never shows up in errors. */
export const TEST_KEY = "csk-test-0123456789abcdef";

/** The loopback server and a real SDK client pointed at it, reset before each test. */
export interface MockCerebras {
  server: MockServer;
  /** A client without transport retries, as most tests want. */
  client: Cerebras;
  /** A client with these options over the same server. */
  clientWith(options: { maxRetries?: number; timeout?: number }): Cerebras;
  /** The JSON body of the `i`-th chat request. */
  body(i?: number): unknown;
}

/** Starts one mock server for the file's tests and closes it afterwards. */
export function useMockCerebras(): MockCerebras {
  let server: MockServer | undefined;
  let client: Cerebras | undefined;
  const clientWith = (options: { maxRetries?: number; timeout?: number }) =>
    new Cerebras({
      apiKey: TEST_KEY,
      baseURL: running().url,
      maxRetries: 0,
      warmTCPConnection: false,
      ...options,
    });
  const running = () => {
    if (server === undefined) throw new Error("the mock server is not running");
    return server;
  };
  beforeAll(async () => {
    server = await startMockServer();
    client = clientWith({});
  });
  beforeEach(() => running().reset());
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      return running();
    },
    get client() {
      if (client === undefined) throw new Error("the mock server is not running");
      return client;
    },
    clientWith,
    body: (i = 0) => running().requests[i]?.body,
  };
}
