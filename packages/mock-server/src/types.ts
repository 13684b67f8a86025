import type { Wire } from "./wires/wire.js";

/**
 * Wire dialect the server imitates. It decides the shape of error bodies and where stream usage goes:
 * - `"cerebras"`: errors are `{ message, type, param, code }` at the top level (what api.cerebras.ai
 *   answers), responses carry `time_info`, and the last stream chunk carries `usage` + `time_info`.
 * - `"openai"`: errors are `{ error: { message, type, param, code } }`, no `time_info`, and stream
 *   usage comes in a separate `choices: []` chunk only when `stream_options.include_usage` is set.
 */
export type Dialect = "cerebras" | "openai";

/** Token counts as they appear on the wire. `total_tokens` defaults to the sum. */
export interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
  /** Prompt tokens read from the provider's cache. */
  prompt_tokens_details?: { cached_tokens: number };
  /** Completion tokens spent on reasoning. */
  completion_tokens_details?: { reasoning_tokens: number };
}

/** One scripted tool call. `arguments` is sent verbatim (it may be invalid JSON on purpose). */
export interface ScriptedToolCall {
  /** Defaults to a generated `call_…` id. */
  id?: string;
  name: string;
  arguments: string;
  /** Gemini wire: the `thoughtSignature` of this `functionCall` part (none by default). */
  signature?: string;
}

/** How a `message` reply is streamed when the request has `stream: true`. */
export interface StreamScript {
  /** Code points per content / arguments / reasoning delta. Default 8. */
  chunkSize?: number;
  /** Exact content deltas (may hold lone surrogates); joined they must equal `content` if both are set. */
  chunks?: string[];
  /** Exact argument deltas per tool call index; joined they must equal that call's `arguments`. */
  argumentChunks?: string[][];
  /** Wait between SSE events (and between byte slices when `byteChunkSize` is set). */
  chunkDelayMs?: number;
  /** Write each SSE event in slices of this many bytes, so multi-byte characters straddle TCP writes. */
  byteChunkSize?: number;
  /** Destroy the socket after this many `data:` events (a connection dropped mid-stream). */
  dropAfterChunks?: number;
  /** After this many `data:` events, send one line that is not valid JSON, then carry on. */
  malformedAfterChunks?: number;
  /** After this many `data:` events, send an in-stream error event (`{ error, status_code }`) and end. */
  errorAfterChunks?: number;
  /**
   * Hold the stream after this many `data:` events until `until` settles (or the server closes),
   * so a test can prove the client acts on early events while the server still holds the rest.
   */
  gate?: StreamGate;
  /** End the stream without `data: [DONE]`. */
  omitDone?: boolean;
  /** Send no usage at all. */
  omitUsage?: boolean;
  /**
   * Send no finish reason (`finish_reason: null` throughout; on the Anthropic wire a null
   * `stop_reason`): a stream that never finishes.
   */
  omitFinishReason?: boolean;
}

/** Where a stream pauses and what lets it go on (see {@link StreamScript.gate}). */
export interface StreamGate {
  /** `data:` events sent before the pause, the role chunk included (0 = before any). */
  afterChunks: number;
  /** The stream carries on once this settles (resolved or rejected). */
  until: PromiseLike<unknown>;
}

/** A successful chat completion (streamed or not, depending on the request). */
export interface MessageReply {
  type: "message";
  /** Text answer; `null` sends `content: null`. Defaults to `null` with tool calls, else `""`. */
  content?: string | null;
  toolCalls?: ScriptedToolCall[];
  /** Reasoning text (`message.reasoning` / `delta.reasoning`, as Cerebras reasoning models send). */
  reasoning?: string;
  /**
   * Anthropic wire: the signature of the thinking block (default: a random `sig-…`). Gemini wire:
   * the `thoughtSignature` of the thought part (none by default).
   */
  reasoningSignature?: string;
  /** Anthropic wire: a `redacted_thinking` block with this opaque `data`, before any thinking. */
  redactedReasoning?: string;
  /** Refusal text (`message.refusal`, as OpenAI sends). */
  refusal?: string;
  /** Defaults to `"tool_calls"` when there are tool calls, else `"stop"`. */
  finishReason?: "stop" | "length" | "tool_calls" | "content_filter" | (string & {});
  /** Defaults to an estimate (about four characters per token). */
  usage?: WireUsage;
  /** Defaults to the request's `model`. */
  model?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Wait before sending headers. */
  delayMs?: number;
  stream?: StreamScript;
}

/** An HTTP error answer in the server's dialect (or `body` verbatim). */
export interface ErrorReply {
  type: "error";
  status: number;
  /** Sent as JSON instead of the generated dialect body. */
  body?: unknown;
  message?: string;
  /** e.g. `retry-after`, `x-ratelimit-remaining-requests-minute`. */
  headers?: Record<string, string>;
  delayMs?: number;
}

/** Exact bytes: for answers no well-behaved server sends (empty `choices`, truncated JSON, …). */
export interface RawReply {
  type: "raw";
  /** Default 200. */
  status?: number;
  /** Default `content-type: application/json`. */
  headers?: Record<string, string>;
  body: string;
}

/** Destroy the socket before any header is sent (the client sees a connection reset). */
export interface DropReply {
  type: "drop";
}

/** Never answer; the request stays open until the client gives up or the server closes. */
export interface HangReply {
  type: "hang";
}

/** What the server does with one request. */
export type Reply = MessageReply | ErrorReply | RawReply | DropReply | HangReply;

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path including the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** Lower-cased header names, as node:http gives them (including `authorization`). */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body; `undefined` when the body is empty or not JSON. */
  body: unknown;
  rawBody: string;
  /** `performance.now()` when the request arrived. */
  receivedAt: number;
}

/** Computes a reply from the request; used when the queue is empty. */
export type ReplyHandler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Default `"127.0.0.1"`. */
  host?: string;
  /** Used when the queue is empty and no handler is set. */
  defaultReply?: Reply;
  /** Default `"cerebras"`. */
  dialect?: Dialect;
  /**
   * Answer as a cross-origin API would, so a browser page on another origin may call it: every
   * response allows any origin and exposes its headers, and a CORS preflight (`OPTIONS` with
   * `access-control-request-method`) gets a 204 allowing what it asks for, without being recorded.
   * Default `false`.
   */
  cors?: boolean;
  /**
   * More wires to speak (see `Wire`): each claims its own paths, asked after chat completions and
   * before the built-in wires (Anthropic Messages, OpenAI Responses, Gemini).
   */
  wires?: readonly Wire[];
  /**
   * Keep each request in `requests` (default `true`). `false` keeps none: the handler still gets
   * every request, and a long run (a benchmark of thousands of calls) does not grow the heap with
   * a log nobody reads.
   */
  recordRequests?: boolean;
}

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:PORT`: the Cerebras SDK's `baseURL`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT/v1`: the OpenAI SDK's `baseURL`. */
  readonly baseURL: string;
  readonly port: number;
  readonly dialect: Dialect;
  /**
   * Every request received since start or the last `reset()`, in arrival order (none with
   * `recordRequests: false`).
   */
  readonly requests: readonly RecordedRequest[];
  /**
   * `GET /v1/tcp_warming` requests, which the Cerebras SDK constructor sends unless
   * `warmTCPConnection: false`; answered 200 `{}` and kept out of `requests`.
   */
  readonly warmupRequests: readonly RecordedRequest[];
  /** Queues replies, used first-in first-out, one per request. */
  enqueue(...replies: Reply[]): void;
  /** Replies still queued. */
  readonly pending: number;
  /** Sets (or with `undefined` clears) the handler used when the queue is empty. */
  setHandler(handler: ReplyHandler | undefined): void;
  /** Clears the queue, both request logs and the handler; `defaultReply` stays. */
  reset(): void;
  /** Destroys open sockets, releases hanging requests and stops listening. */
  close(): Promise<void>;
}
