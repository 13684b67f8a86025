import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { type MockServer, type ReplyHandler, startMockServer } from "@instr/mock-server";

/** A loopback mock server answering with `handler`, and a Cerebras SDK client pointed at it. */
export interface LoopbackCerebras {
  server: MockServer;
  client: Cerebras;
}

/**
 * Starts the loopback server with `handler` and a real Cerebras SDK client on it (no TCP warming
 * probe). `maxRetries` is the SDK's own transport retry budget (its default is 2).
 */
export async function startLoopbackCerebras(
  handler: ReplyHandler,
  options: { maxRetries?: number } = {},
): Promise<LoopbackCerebras> {
  const server = await startMockServer();
  server.setHandler(handler);
  const client = new Cerebras({
    apiKey: "csk-bench-not-a-secret",
    baseURL: server.url,
    warmTCPConnection: false,
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
  });
  return { server, client };
}
