import type {
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
      /** Anthropic wire: the thinking block's signature. */
      reasoningSignature?: string;
      refusal?: string;
      finishReason?: string;
      usage?: {
        prompt_tokens: number;
        completion_tokens: number;
        total_tokens?: number;
        prompt_tokens_details?: { cached_tokens: number };
      };
      stream?: {
        chunkSize?: number;
        chunkDelayMs?: number;
        dropAfterChunks?: number;
        errorAfterChunks?: number;
        omitFinishReason?: boolean;
      };
    }
  | { type: "error"; status: number; message?: string; headers?: Record<string, string> }
  | { type: "drop" }
  | { type: "hang" };

/**
 * A scripted server, typed by what the scripting uses so that `@instr/mock-server`'s
 * `MockServer` (or any server with the same methods) fits, whichever wire it answers on.
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

/** Options of {@link mockServerScripting}. */
export interface MockServerScriptingOptions {
  /** A started server; the suite closes it when it ends. */
  server: ScriptableChatServer;
  /** Default: a fixed, recognisable fake key. */
  apiKey?: string;
  /**
   * The wire's request body in provider-neutral terms (throws on a body that is not one). This
   * is all a wire of `@instr/mock-server` needs besides {@link eventsBeforeText}.
   */
  decodeRequest(body: unknown): ObservedRequest;
  /**
   * Stream events the wire sends before the first text delta of a text-only answer (OpenAI
   * chat: the role chunk, 1; Anthropic: `message_start` and `content_block_start`, 2), so that
   * an `interrupt` lands after its `afterTextDeltas`.
   */
  eventsBeforeText: number;
}

/**
 * The conformance scripting for any wire `@instr/mock-server` answers: the suite's
 * provider-neutral replies become mock-server replies, and the last request is decoded by the
 * wire's `decodeRequest`. `openAIChatScripting` is this with the OpenAI chat decoder; for
 * another wire of the mock server (Anthropic Messages, OpenAI Responses), pass its decoder:
 *
 * ```ts
 * const server = await startMockServer();
 * const scripting = mockServerScripting({ server, decodeRequest: decodeMessagesRequest, eventsBeforeText: 2 });
 * ```
 */
export function mockServerScripting(options: MockServerScriptingOptions): ConformanceScripting {
  const { server, decodeRequest, eventsBeforeText } = options;
  return {
    apiKey: options.apiKey ?? "sk-conformance-0123456789abcdef",
    teardown: () => server.close(),
    reset: () => server.reset(),
    script: (reply) => server.enqueue(toChatServerReply(reply, eventsBeforeText)),
    lastRequest(): ObservedRequest {
      const last = server.requests.at(-1);
      if (last === undefined) throw new Error("the adapter sent no request to the server");
      return decodeRequest(last.body);
    },
  };
}

function toChatServerReply(reply: ConformanceReply, eventsBeforeText: number): ChatServerReply {
  if (reply.type !== "message") return reply;
  const { usage } = reply;
  return {
    type: "message",
    content: reply.text ?? null,
    ...(reply.toolCalls === undefined ? {} : { toolCalls: reply.toolCalls }),
    ...(reply.reasoning === undefined ? {} : { reasoning: reply.reasoning }),
    ...(reply.reasoningSignature === undefined
      ? {}
      : { reasoningSignature: reply.reasoningSignature }),
    ...(reply.refusal === undefined ? {} : { refusal: reply.refusal }),
    // The wire name of the "other" reason is whatever the server invents.
    finishReason: reply.finishReason === "other" ? "unknown_reason" : reply.finishReason,
    usage: {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      total_tokens: usage.totalTokens,
      ...(usage.cachedPromptTokens === undefined
        ? {}
        : { prompt_tokens_details: { cached_tokens: usage.cachedPromptTokens } }),
    },
    stream: {
      ...(reply.chunkSize === undefined ? {} : { chunkSize: reply.chunkSize }),
      ...(reply.chunkDelayMs === undefined ? {} : { chunkDelayMs: reply.chunkDelayMs }),
      ...interruptAt(reply.interrupt, eventsBeforeText),
      ...(reply.omitFinishReason === true ? { omitFinishReason: true } : {}),
    },
  };
}

/**
 * The server's fault position for an interrupt. The server counts every stream event, and the
 * wire's first events carry no text, so the break comes that many events later than the count
 * of text deltas (the suite interrupts text-only answers).
 */
function interruptAt(
  interrupt: StreamInterrupt | undefined,
  eventsBeforeText: number,
): { dropAfterChunks: number } | { errorAfterChunks: number } | Record<string, never> {
  if (interrupt === undefined) return {};
  const afterChunks = eventsBeforeText + interrupt.afterTextDeltas;
  return interrupt.with === "drop"
    ? { dropAfterChunks: afterChunks }
    : { errorAfterChunks: afterChunks };
}
