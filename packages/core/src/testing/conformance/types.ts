import type { FinishReason, ProviderAdapter } from "../../types/adapter.js";
import type { JsonSchema } from "../../types/json-schema.js";
import type { Message, ToolCall } from "../../types/message.js";
import type { Mode } from "../../types/mode.js";
import type { Usage } from "../../types/usage.js";

/**
 * A provider-neutral scripted answer. The harness turns it into the provider's wire reply for
 * the next request the adapter sends.
 */
export type ConformanceReply =
  | ScriptedMessage
  /** An HTTP error answer whose body carries `message` in the provider's error format. */
  | { type: "error"; status: number; message: string; headers?: Record<string, string> }
  /** The connection is dropped before any response (a transport failure, no status). */
  | { type: "drop" }
  /** No answer at all until the client aborts. */
  | { type: "hang" };

/** A successful scripted answer, streamed when the request asks for a stream. */
export interface ScriptedMessage {
  type: "message";
  text?: string | null;
  toolCalls?: ToolCall[];
  reasoning?: string;
  /**
   * An opaque token the provider attaches to its reasoning (e.g. a signed thinking block), for
   * wires that carry reasoning back on a re-ask (`reasoning: "round-trip"`).
   */
  reasoningSignature?: string;
  refusal?: string;
  finishReason: FinishReason;
  usage: Usage;
  /** When streamed: the stream ends normally but no event carries the finish reason. */
  omitFinishReason?: boolean;
  /** When streamed: wait this long between stream events (used by the mid-stream abort test). */
  chunkDelayMs?: number;
  /** When streamed: characters per text / arguments delta, so values arrive in several deltas. */
  chunkSize?: number;
  /**
   * When streamed: break the stream off in the middle (the suite scripts it only for a message
   * with text and nothing else). Not streamed: ignored.
   */
  interrupt?: StreamInterrupt;
}

/**
 * Where and how a scripted stream breaks off: after `afterTextDeltas` text deltas the server
 * either drops the connection (`"drop"`: the socket closes with no terminal event) or sends the
 * provider's in-stream error event for a server-side failure (`"error"`: e.g. OpenAI's
 * `{ error }` chunk, Anthropic's `overloaded_error` event) and ends the body.
 */
export interface StreamInterrupt {
  afterTextDeltas: number;
  with: "drop" | "error";
}

/** How the request asked for structured output, decoded from the wire by the harness. */
export type ObservedOutput =
  | {
      kind: "tool";
      name: string;
      description?: string;
      parameters: JsonSchema;
      /** The request forces this tool (e.g. `tool_choice` naming it). */
      forced: boolean;
    }
  | { kind: "json_object" }
  | { kind: "json_schema"; name: string; schema: JsonSchema; strict: boolean }
  | { kind: "none" };

/** The last request the adapter sent, decoded from the wire into provider-neutral terms. */
export interface ObservedRequest {
  model: string;
  messages: Message[];
  output: ObservedOutput;
  stream: boolean;
  temperature?: number;
  maxTokens?: number;
  /** Every top-level field of the request body as sent (for the `providerOptions` checks). */
  fields: Record<string, unknown>;
}

/**
 * The scripted provider side of {@link describeAdapterConformance}: a server (real or fake) to
 * script answers on and to read requests from, and the API key the adapter's client sends.
 * For OpenAI-compatible wires, `openAIChatScripting` builds one around `@instr/mock-server`.
 */
export interface ConformanceScripting {
  /** Runs once before the suite (e.g. starts the scripted server). */
  setup?(): void | Promise<void>;
  /** Runs once after the suite (e.g. closes the server); must leave no open handles. */
  teardown?(): void | Promise<void>;
  /** Runs before each test: forgets queued replies and recorded requests. */
  reset?(): void;
  /** Queues the answer to the next request. */
  script(reply: ConformanceReply): void;
  /** The most recent request the server received, decoded. Throws when none arrived. */
  lastRequest(): ObservedRequest;
  /**
   * The API key the adapter's client sends: at least 8 characters. The suite checks it never
   * appears in an error, even when the provider's error message repeats it.
   */
  readonly apiKey: string;
}

/**
 * Everything {@link describeAdapterConformance} needs in one object: the scripting plus a way to
 * make the adapter against the scripted server. For OpenAI-compatible wires, `openAIChatHarness`
 * builds one around `@instr/mock-server`.
 */
export interface AdapterConformanceHarness extends ConformanceScripting {
  /** A fresh adapter whose client talks to the scripted server with `apiKey`. */
  makeAdapter(): ProviderAdapter;
}

/** Options of {@link describeAdapterConformance}. */
export interface ConformanceOptions {
  /** Model name sent in every request. Default `"conformance-model"`. */
  model?: string;
  /** Modes to test. Default: the adapter's `supportedModes`. */
  modes?: readonly Mode[];
  /** TOOLS mode forces the tool (`tool_choice` naming it). Default true. */
  forcesToolChoice?: boolean;
  /**
   * The provider reports reasoning text (`reasoning` / `reasoning-delta`). `"round-trip"`: it
   * also signs it (`reasoningSignature`) and the adapter sends the reasoning parts back, with
   * their `providerMetadata`, on a re-ask. Default false.
   */
  reasoning?: boolean | "round-trip";
  /**
   * How JSON mode reaches the wire. `"json_object"` (default): the request carries the
   * provider's JSON-object format (`{ kind: "json_object" }`). `"prompt_only"`: the provider has
   * no such format, so JSON mode relies on the instructions core writes into the messages and
   * the request carries no output format (`{ kind: "none" }`).
   */
  jsonMode?: "json_object" | "prompt_only";
  /**
   * The `max_tokens` the adapter sends when the request has none, for wires that require it.
   * Default: none; a request without `maxTokens` must then reach the wire without one.
   */
  defaultMaxTokens?: number;
  /**
   * How the provider reports a refusal. `"text"` (or `true`): a refusal text apart from the
   * answer (`AdapterResponse.refusal`; a refusing stream ends with `RefusalError`).
   * `"stop_reason"`: only a stop reason; the adapter maps it to `finishReason: "content_filter"`
   * and keeps the text it got as `text`, and core raises `RefusalError`. Default false: not tested.
   */
  refusal?: boolean | "text" | "stop_reason";
  /**
   * Test a stream that breaks off in the middle (connection dropped, in-stream error event):
   * `ProviderError` with the text received so far as `partialText`. Default true; turn it off
   * only when the scripting cannot express {@link ScriptedMessage.interrupt}.
   */
  midStreamFailures?: boolean;
}
