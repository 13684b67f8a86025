import { type MockServer, type MockServerOptions, startMockServer } from "@instr/mock-server";
import { afterAll, beforeEach } from "vitest";

/**
 * A scripted loopback server for one test file and the SDK client `clientFor` points at it. The
 * server is reset before each test and closed after the file.
 */
export async function loopbackSdkServer<Client>(
  clientFor: (server: MockServer) => Client,
  options?: MockServerOptions,
): Promise<{ server: MockServer; client: Client }> {
  const server = await startMockServer(options);
  afterAll(() => server.close());
  beforeEach(() => server.reset());
  return { server, client: clientFor(server) };
}
