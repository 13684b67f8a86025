import type { ProviderAdapter } from "../../types/adapter.js";
import { decodeChatRequest } from "./decode-chat-request.js";
import type {
  AdapterConformanceHarness,
  ConformanceReply,
  ConformanceScripting,
  ObservedRequest,
  StreamInterrupt,
} from "./types.js";

/** A scripted reply in the shape `@instr/mock-server` takes (the subset the suite needs). */
export type ChatServerReply =
  | {
      type: "message";
      content?: string | null;
      toolCalls?: Array<{ id?: string; name: string; arguments: string }>;
      reasoning?: string;
      refusal?: string;
      finishReason?: string;
      usage?: { prompt_tokens: number; completion_tokens: number; total_tokens?: number };
      stream?: {
        chunkSize?: number;
        chunkDelayMs?: number;
        dropAfterChunks?: number;
        errorAfterChunks?: number;
      };
    }
  | { type: "error"; status: number; message?: string; headers?: Record<string, string> }
  | { type: "drop" }
  | { type: "hang" };

/**
 * A scripted OpenAI-compatible chat completions server, typed by what the harness uses so that
 * `@instr/mock-server`'s `MockServer` (or any server with the same methods) fits.
 */
export interface ScriptableChatServer {
  /** Server root, e.g. `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The OpenAI SDK's `baseURL`, e.g. `http://127.0.0.1:PORT/v1`. */
  readonly baseURL: string;
  enqueue(...replies: ChatServerReply[]): void;
  readonly requests: ReadonlyArray<{ body: unknown }>;
  reset(): void;
  close(): Promise<void>;
}

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
  const { server } = options;
  return {
    apiKey: options.apiKey ?? "sk-conformance-0123456789abcdef",
    teardown: () => server.close(),
    reset: () => server.reset(),
    script: (reply) => server.enqueue(toChatServerReply(reply)),
    lastRequest(): ObservedRequest {
      const last = server.requests.at(-1);
      if (last === undefined) throw new Error("the adapter sent no request to the server");
      return decodeChatRequest(last.body);
    },
  };
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

function toChatServerReply(reply: ConformanceReply): ChatServerReply {
  if (reply.type !== "message") return reply;
  const { usage } = reply;
  return {
    type: "message",
    content: reply.text ?? null,
    ...(reply.toolCalls === undefined ? {} : { toolCalls: reply.toolCalls }),
    ...(reply.reasoning === undefined ? {} : { reasoning: reply.reasoning }),
    ...(reply.refusal === undefined ? {} : { refusal: reply.refusal }),
    // The wire name of the "other" reason is whatever the server invents.
    finishReason: reply.finishReason === "other" ? "unknown_reason" : reply.finishReason,
    usage: {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      total_tokens: usage.totalTokens,
    },
    stream: {
      ...(reply.chunkSize === undefined ? {} : { chunkSize: reply.chunkSize }),
      ...(reply.chunkDelayMs === undefined ? {} : { chunkDelayMs: reply.chunkDelayMs }),
      ...interruptAt(reply.interrupt),
      ...(reply.omitFinishReason === true ? { omitFinishReason: true } : {}),
    },
  };
}

/**
 * The server's fault position for an interrupt. The server counts every `data:` chunk, and the
 * first one only carries the assistant role, so the break comes one chunk later than the count
 * of text deltas (the suite interrupts text-only answers).
 */
function interruptAt(
  interrupt: StreamInterrupt | undefined,
): { dropAfterChunks: number } | { errorAfterChunks: number } | Record<string, never> {
  if (interrupt === undefined) return {};
  const afterChunks = 1 + interrupt.afterTextDeltas;
  return interrupt.with === "drop"
    ? { dropAfterChunks: afterChunks }
    : { errorAfterChunks: afterChunks };
}
