import { GoogleGenAI } from "@google/genai";
import type { MockServer } from "@instr/mock-server";
import { loopbackSdkServer } from "@instr/provider-test-support";

/** The key the test client sends; no error may ever repeat it. */
export const TEST_API_KEY = "AIza-test-key-0123456789";

/** A `@google/genai` client for the loopback server (the SDK does not retry unless asked). */
export function googleClient(server: MockServer): GoogleGenAI {
  return new GoogleGenAI({ apiKey: TEST_API_KEY, httpOptions: { baseUrl: server.url } });
}

/**
 * A scripted loopback server answering the Gemini API for one test file, and a client pointed at
 * it. The server is reset before each test and closed after the file.
 */
export function googleTestServer(): Promise<{ server: MockServer; client: GoogleGenAI }> {
  return loopbackSdkServer(googleClient);
}
