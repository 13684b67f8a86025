import type { ProviderAdapter } from "../../types/adapter.js";
import { decodeChatRequest } from "./decode-chat-request.js";
import { mockServerScripting, type ScriptableChatServer } from "./mock-server-scripting.js";
import type { AdapterConformanceHarness, ConformanceScripting } from "./types.js";

/** Options of {@link openAIChatScripting}. */
export interface OpenAIChatScriptingOptions {
  /** A started server; the suite closes it when it ends. */
  server: ScriptableChatServer;
  /** Default: a fixed, recognisable fake key. */
  apiKey?: string;
}

/** Options of {@link openAIChatHarness}. */
export interface OpenAIChatHarnessOptions extends OpenAIChatScriptingOptions {
  /** Makes the adapter under test with a client pointed at the server and sending `apiKey`. */
  makeAdapter(connection: { url: string; baseURL: string; apiKey: string }): ProviderAdapter;
}

/**
 * The conformance scripting for any adapter that speaks the OpenAI chat completions wire
 * (OpenAI, Cerebras, vLLM, Ollama, a hand-written `fetch` client, …), driven by a scripted
 * server; for `describeAdapterConformance(name, makeAdapter, scripting)`:
 *
 * ```ts
 * const server = await startMockServer({ dialect: "openai" });
 * const scripting = openAIChatScripting({ server });
 * describeAdapterConformance(
 *   "openai",
 *   () => openaiAdapter(new OpenAI({ apiKey: scripting.apiKey, baseURL: server.baseURL, maxRetries: 0 })),
 *   { ...scripting, reasoning: true },
 * );
 * ```
 *
 * Turn the SDK's own retries off (`maxRetries: 0`): the suite scripts one answer per request.
 */
export function openAIChatScripting(options: OpenAIChatScriptingOptions): ConformanceScripting {
  // The first chunk only carries the assistant role.
  return mockServerScripting({ ...options, decodeRequest: decodeChatRequest, eventsBeforeText: 1 });
}

/**
 * {@link openAIChatScripting} and the adapter factory in one harness, for
 * `describeAdapterConformance(name, harness, options?)`:
 *
 * ```ts
 * const server = await startMockServer({ dialect: "openai" });
 * describeAdapterConformance("openai", openAIChatHarness({
 *   server,
 *   makeAdapter: ({ baseURL, apiKey }) =>
 *     openaiAdapter(new OpenAI({ apiKey, baseURL, maxRetries: 0 })),
 * }));
 * ```
 */
export function openAIChatHarness(options: OpenAIChatHarnessOptions): AdapterConformanceHarness {
  const scripting = openAIChatScripting(options);
  const { url, baseURL } = options.server;
  const { apiKey } = scripting;
  return { ...scripting, makeAdapter: () => options.makeAdapter({ url, baseURL, apiKey }) };
}
