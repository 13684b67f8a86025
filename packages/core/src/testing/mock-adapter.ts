import { raceAbort } from "../call/call-signal.js";
import type {
  AdapterRequest,
  AdapterResponse,
  AdapterStreamPart,
  InputKind,
  ProviderAdapter,
} from "../types/adapter.js";
import type { JsonSchema } from "../types/json-schema.js";
import { Mode } from "../types/mode.js";
import { type MockResponseInit, mockResponse } from "./mock-responses.js";

/**
 * A scripted whole response, or a function of the request that produces one. Fields left out
 * take defaults (see {@link MockResponseInit}), so `{ text: "{}" }` is a complete script.
 */
export type MockResponse =
  | MockResponseInit
  | ((request: AdapterRequest) => MockResponseInit | Promise<MockResponseInit>);

/** Options of {@link MockAdapter}. */
export interface MockAdapterOptions {
  /** Default `"mock"`. */
  provider?: string;
  /** Default `Mode.TOOLS`. */
  defaultMode?: Mode;
  /** Default: every mode. */
  supportedModes?: readonly Mode[];
  transformSchema?: (schema: JsonSchema, mode: Mode) => JsonSchema;
  /** The input kinds every model takes. Default: every kind. */
  inputKinds?: readonly InputKind[];
  /** Responses for the first `complete()` calls, in order. */
  responses?: MockResponse[];
  /** Parts of the first `stream()` calls, in order: one array per call. */
  streams?: AdapterStreamPart[][];
}

type ScriptEntry =
  | { kind: "response"; response: MockResponse }
  | { kind: "stream"; parts: AdapterStreamPart[]; delayMs: number }
  | { kind: "error"; error: unknown };

/**
 * A scripted `ProviderAdapter` for tests. Each `complete()` call consumes the next scripted
 * response and each `stream()` call the next scripted stream, unless a scripted error comes
 * first; every request is recorded in `requests`. Both honour `request.signal`: they reject
 * with its reason, before or while they wait.
 *
 * ```ts
 * const adapter = new MockAdapter({
 *   responses: [{ text: '{"name":"Jason"}' }, toolCallResponse("Response", { name: "Jason" })],
 *   streams: [[{ type: "text-delta", delta: "{}" }, { type: "finish", finishReason: "stop" }]],
 * });
 * ```
 */
export class MockAdapter implements ProviderAdapter {
  readonly specificationVersion = "v2";
  readonly provider: string;
  readonly defaultMode: Mode;
  readonly supportedModes: readonly Mode[];
  readonly transformSchema?: (schema: JsonSchema, mode: Mode) => JsonSchema;
  /** Every request received, in order. */
  readonly requests: AdapterRequest[] = [];
  private readonly script: ScriptEntry[] = [];
  private readonly kinds: readonly InputKind[];

  constructor(options: MockAdapterOptions = {}) {
    this.provider = options.provider ?? "mock";
    this.defaultMode = options.defaultMode ?? Mode.TOOLS;
    this.supportedModes = options.supportedModes ?? Object.values(Mode);
    if (options.transformSchema !== undefined) this.transformSchema = options.transformSchema;
    this.kinds = options.inputKinds ?? allInputKinds;
    for (const response of options.responses ?? []) this.enqueueResponse(response);
    for (const parts of options.streams ?? []) this.enqueueStream(parts);
  }

  inputKinds(): readonly InputKind[] {
    return this.kinds;
  }

  /** Scripts the next `complete()` result. */
  enqueueResponse(response: MockResponse): this {
    this.script.push({ kind: "response", response });
    return this;
  }

  /** Scripts the next `stream()` result: these parts, `delayMs` apart (default 0). */
  enqueueStream(parts: AdapterStreamPart[], options: { delayMs?: number } = {}): this {
    this.script.push({ kind: "stream", parts, delayMs: options.delayMs ?? 0 });
    return this;
  }

  /** Scripts the next call (either kind) to fail with `error`. */
  enqueueError(error: unknown): this {
    this.script.push({ kind: "error", error });
    return this;
  }

  /** Scripted entries not consumed yet. */
  get pending(): number {
    return this.script.length;
  }

  async complete(request: AdapterRequest): Promise<AdapterResponse> {
    const entry = this.take(request, "response");
    const { response } = entry;
    return raceAbort(
      Promise.resolve()
        .then(() => (typeof response === "function" ? response(request) : response))
        .then(mockResponse),
      request.signal,
    );
  }

  async *stream(request: AdapterRequest): AsyncIterable<AdapterStreamPart> {
    const entry = this.take(request, "stream");
    for (const part of entry.parts) {
      if (entry.delayMs > 0) await sleep(entry.delayMs, request.signal);
      request.signal?.throwIfAborted();
      yield part;
    }
  }

  private take<K extends "response" | "stream">(
    request: AdapterRequest,
    kind: K,
  ): Extract<ScriptEntry, { kind: K }> {
    this.requests.push(request);
    request.signal?.throwIfAborted();
    // Responses and streams are two queues; an error answers whichever call comes next.
    const index = this.script.findIndex((entry) => entry.kind === "error" || entry.kind === kind);
    const [entry] = index === -1 ? [] : this.script.splice(index, 1);
    if (entry?.kind === "error") throw entry.error;
    if (entry === undefined || !isKind(entry, kind)) {
      const call = `MockAdapter: ${kind === "response" ? "complete()" : "stream()"} call #${this.requests.length}`;
      const waiting = this.script[0]?.kind;
      throw new Error(
        waiting === undefined
          ? `${call} has no scripted entry.`
          : `${call} has no scripted ${kind}; found a scripted ${waiting}.`,
      );
    }
    return entry;
  }
}

const allInputKinds: readonly InputKind[] = ["text", "image", "pdf", "audio", "file"];

function isKind<K extends ScriptEntry["kind"]>(
  entry: ScriptEntry,
  kind: K,
): entry is Extract<ScriptEntry, { kind: K }> {
  return entry.kind === kind;
}

/** Waits `ms`, or rejects with the abort reason (clearing the timer) when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
