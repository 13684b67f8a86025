import type { ResolvedMessage } from "../resolve-message.js";
import type { MessageReply, RecordedRequest } from "../types.js";

/** One server-sent event of a streamed answer: `data` is sent as JSON, under `event` when named. */
export interface WireEvent {
  /** The event name (`event: <name>` line); unnamed events are plain `data:` lines. */
  event?: string;
  data: unknown;
}

/** What a wire needs to render one answer. */
export interface WireAnswer {
  /** The reply with every default applied (content and argument chunks, usage, finish reason). */
  message: ResolvedMessage;
  /** The reply as scripted, for fields only some wires carry (`reasoningSignature`, …). */
  reply: MessageReply;
  /** The reply's `model`, else the one the request names, else `"mock-model"`. */
  model: string;
}

/** What a wire reads from a request before it answers it. */
export interface WireRequestFacts {
  /** The model the request names, if any. */
  model: string | undefined;
  /** The request asks for a stream. */
  stream: boolean;
  /** Characters of prompt, for the usage estimate when the script gives none. */
  promptChars: number;
}

/**
 * A wire protocol the server speaks (a provider's API), plugged into the server's route table.
 * The server does the rest for every wire alike: it records the request, picks the reply, waits
 * `delayMs`, sends JSON with the reply's headers, and paces and breaks streams as the
 * `StreamScript` says (`chunkDelayMs`, `byteChunkSize`, `gate`, `dropAfterChunks`,
 * `errorAfterChunks`, counted in this wire's events).
 */
export interface Wire {
  /** Names the wire in messages, e.g. `"gemini"`. */
  readonly name: string;
  /** Whether this wire answers a `POST` to `pathname` (the path without its query string). */
  claims(pathname: string): boolean;
  /** The model, stream flag and prompt size of a request this wire claimed. */
  facts(request: RecordedRequest): WireRequestFacts;
  /** The whole answer, sent as the JSON body of a 200. */
  body(answer: WireAnswer): unknown;
  /** The answer as stream events, in order; `omitUsage` and `omitFinishReason` are the wire's to honour. */
  events(answer: WireAnswer): WireEvent[];
  /** The JSON body of an HTTP error: `message`, or a default for `status`. */
  errorBody(status: number, message: string | undefined): unknown;
  /**
   * The in-stream error event sent for `errorAfterChunks`, after `afterEvents` events; the body
   * ends after it.
   */
  streamError(afterEvents: number): WireEvent;
}
