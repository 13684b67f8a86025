/**
 * The OpenTelemetry types instr uses, written out structurally so that `@instr/core` needs
 * `@opentelemetry/api` only when telemetry is on (it is an optional peer dependency): an
 * `@opentelemetry/api` `Tracer`, `Span` or `Meter` fits these shapes as it is.
 */

/** A span or metric attribute value. */
export type TelemetryAttributeValue = string | number | boolean | string[] | number[];

/** Span or metric attributes by name. */
export type TelemetryAttributes = Record<string, TelemetryAttributeValue>;

/** What identifies a span within its trace (`Span.spanContext()`). */
export interface TelemetrySpanContext {
  traceId: string;
  spanId: string;
  traceFlags: number;
}

/** The part of an OpenTelemetry `Span` that instr calls. */
export interface TelemetrySpan {
  spanContext(): TelemetrySpanContext;
  /**
   * False when the span records nothing (sampled out, or the API's no-op tracer): instr then
   * skips the work of its attempt spans. A span without the method counts as recording.
   */
  isRecording?(): boolean;
  setAttribute(key: string, value: TelemetryAttributeValue): unknown;
  setAttributes(attributes: TelemetryAttributes): unknown;
  /** Records an exception event (instr passes the name and a content-free message). */
  recordException(exception: { name: string; message: string }): void;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

/** Options instr passes to `Tracer.startSpan`. */
export interface TelemetrySpanOptions {
  /** OpenTelemetry `SpanKind`: 0 internal, 2 client. */
  kind?: number;
  attributes?: TelemetryAttributes;
}

/** The part of an OpenTelemetry `Tracer` that instr calls. */
export interface TelemetryTracer {
  /** `context` is an OpenTelemetry `Context` (the parent span's). */
  startSpan(name: string, options?: TelemetrySpanOptions, context?: unknown): TelemetrySpan;
}

/** Options instr passes when it creates an instrument. */
export interface TelemetryInstrumentOptions {
  description?: string;
  unit?: string;
  advice?: { explicitBucketBoundaries?: number[] };
}

/** The part of an OpenTelemetry `Meter` that instr calls. */
export interface TelemetryMeter {
  createHistogram(
    name: string,
    options?: TelemetryInstrumentOptions,
  ): { record(value: number, attributes?: TelemetryAttributes): void };
  createCounter(
    name: string,
    options?: TelemetryInstrumentOptions,
  ): { add(value: number, attributes?: TelemetryAttributes): void };
}

/**
 * Tracing and metrics settings. Spans follow the OpenTelemetry GenAI semantic conventions; see
 * `docs/telemetry.md` for every span and attribute.
 */
export interface TelemetryOptions {
  /** Default: the tracer named `@instr/core` of the globally registered tracer provider. */
  tracer?: TelemetryTracer;
  /**
   * Default: the meter named `@instr/core` of the globally registered meter provider (a no-op
   * when none is registered).
   */
  meter?: TelemetryMeter;
  /**
   * Record the messages sent and the model's answers on the attempt spans
   * (`gen_ai.input.messages`, `gen_ai.output.messages`). Default false: spans then carry no
   * prompt or answer text.
   */
  recordContent?: boolean;
  /** Names what the call is for (`instr.function_id`), to group calls in a backend. */
  functionId?: string;
}

/**
 * `telemetry` of an instructor, `with(...)` or one call: `true` traces through the global
 * tracer provider, an object picks the tracer and what is recorded, `false` (or absent) turns
 * it off. Needs `@opentelemetry/api` installed when on.
 */
export type TelemetrySetting = boolean | TelemetryOptions;
