import type { HookEmitter } from "../hooks/hook-emitter.js";
import type {
  CompletionErrorEvent,
  CompletionKwargsEvent,
  CompletionResponseEvent,
  HookHandlers,
  ModeFallbackEvent,
  ParseErrorEvent,
  RetryEvent,
} from "../instructor-types/hooks.js";
import type {
  TelemetryAttributes,
  TelemetryOptions,
  TelemetrySpan,
  TelemetryTracer,
} from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";
import { addUsage, ZERO_USAGE } from "../usage/add-usage.js";
import { inputMessagesJson, outputMessagesJson } from "./content-attributes.js";
import { describeError, reaskReason } from "./describe-error.js";
import { type GenAiMetrics, genAiMetrics } from "./gen-ai-metrics.js";
import type { OtelApi } from "./load-otel-api.js";
import { rawResponseField } from "./raw-response-field.js";
import { SPAN_KIND_CLIENT, SPAN_KIND_INTERNAL, STATUS_ERROR } from "./span-constants.js";
import { addAttemptUsage, addCallUsage } from "./usage-attributes.js";

/** The instructor method a call span stands for (`instr.method`). */
export type TracedMethod =
  | "generate"
  | "generatePartial"
  | "generateIterable"
  | "generateStream"
  | "generateBatch";

/** What a call span is started with. */
export interface CallStart {
  method: TracedMethod;
  provider: string;
  model: string;
  temperature?: number | undefined;
  maxTokens?: number | undefined;
  /** The instructor's hooks: the call runs with them, tapped by its trace. */
  hooks: HookEmitter;
}

/** The tracer and meter name of the spans and instruments instr creates by default. */
const INSTRUMENTATION_NAME = "@instr/core";

/** The open attempt span. */
interface OpenAttempt {
  span: TelemetrySpan;
  /**
   * Attributes set on the span when it ends, in one `setAttributes` (each attribute given at
   * `startSpan` is checked and copied more than once by the SDK, so only the ones a sampler
   * may look at are given there).
   */
  attributes: TelemetryAttributes;
  /** When the model call started (`performance.now()`); only read when metrics are recorded. */
  startedAt: number;
  model: string;
  /** `gen_ai.response.model`, once the provider answered with one. */
  responseModel: string | undefined;
  /** The provider answered (the duration point is recorded then). */
  answered: boolean;
}

/**
 * The spans and metrics of one call. The call span is opened by {@link CallTrace.start}; the
 * attempt spans follow the call's hook events (`completion:kwargs` opens one, the response or the
 * error closes it), so the attempt loop needs no tracing code of its own: the trace is a tap on
 * the call's hooks (its methods are named after the events). The owner ends the call with exactly
 * one of `succeeded`, `failed` or `stopped`.
 *
 * Per call it does little beyond what the tracer does: attributes are gathered in one object per
 * span and set once, when the span ends; metric points are built only when a meter provider is
 * registered (or `telemetry.meter` given); content is serialised only with `recordContent`; and
 * a call span that records nothing (sampled out) opens no attempt spans unless metrics need the
 * call's events.
 */
export class CallTrace implements Partial<HookHandlers> {
  /** The hooks to run the call with: the instructor's handlers, tapped by this trace. */
  readonly hooks: HookEmitter;
  /** Set on the call span when it ends. */
  private readonly attributes: TelemetryAttributes = {};
  private attempt: OpenAttempt | undefined;
  private attempts = 0;
  private usage: Usage = ZERO_USAGE;
  private readonly recordContent: boolean;

  private constructor(
    private readonly span: TelemetrySpan,
    private readonly tracer: TelemetryTracer,
    /** The OpenTelemetry context whose active span is the call span: the attempts' parent. */
    private readonly context: unknown,
    /** Undefined when no meter provider listens (the API's no-op meter): nothing to record. */
    private readonly metrics: GenAiMetrics | undefined,
    private readonly options: TelemetryOptions,
    private readonly start: CallStart,
    tapped: boolean,
  ) {
    this.recordContent = options.recordContent === true;
    this.hooks = tapped ? start.hooks.withTap(this) : start.hooks;
    addSettings(this.attributes, start);
  }

  /**
   * Opens the call span, a child of the active OpenTelemetry context (the caller's span, if
   * any). `api` is `@opentelemetry/api`, loaded (see `loadOtelApi`).
   */
  static start(api: OtelApi, options: TelemetryOptions, start: CallStart): CallTrace {
    const tracer = options.tracer ?? api.trace.getTracer(INSTRUMENTATION_NAME);
    const meter = options.meter ?? api.metrics.getMeter(INSTRUMENTATION_NAME);
    const parent = api.context.active();
    const attributes: TelemetryAttributes = {
      "instr.method": start.method,
      "gen_ai.provider.name": start.provider,
      "gen_ai.request.model": start.model,
    };
    if (options.functionId !== undefined) attributes["instr.function_id"] = options.functionId;
    const span = tracer.startSpan(
      `${start.method} ${start.model}`,
      { kind: SPAN_KIND_INTERNAL, attributes },
      parent,
    );
    const metrics = meter === api.createNoopMeter() ? undefined : genAiMetrics(meter);
    // A call span that records nothing (sampled out, no tracer provider) gets no attempt spans
    // either (they would be its children): without metrics to record, the call runs untapped
    // and costs what an untraced call does, beyond the call span itself.
    const tapped = span.isRecording?.() !== false || metrics !== undefined;
    // The attempts' parent: only an attempt span needs it.
    const context = tapped ? api.trace.setSpanContext(parent, span.spanContext()) : parent;
    return new CallTrace(span, tracer, context, metrics, options, start, tapped);
  }

  /** The call resolved (or its stream finished with the validated value). */
  succeeded(): void {
    this.endAttempt(undefined);
    this.endCall();
  }

  /** The call rejected with `error`. */
  failed(error: unknown): void {
    this.endAttempt(error);
    markError(this.span, this.attributes, error, this.recordContent);
    this.endCall();
  }

  /** The consumer left a streaming call before its end (`break`, `return`). */
  stopped(): void {
    if (this.attempt !== undefined) this.attempt.attributes["instr.stream.stopped_early"] = true;
    this.endAttempt(undefined);
    this.attributes["instr.stream.stopped_early"] = true;
    this.endCall();
  }

  "completion:kwargs"({ request, attempt, stream }: CompletionKwargsEvent): void {
    this.endAttempt(undefined);
    this.attempts = attempt;
    // The call span keeps the mode of the last attempt (a mode fallback changes it).
    this.attributes["instr.mode"] = request.mode;
    this.attributes["instr.stream"] = stream;
    const { provider } = this.start;
    const startAttributes: TelemetryAttributes = {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": provider,
      "gen_ai.request.model": request.model,
    };
    if (this.options.functionId !== undefined) {
      startAttributes["instr.function_id"] = this.options.functionId;
    }
    const span = this.tracer.startSpan(
      `chat ${request.model}`,
      { kind: SPAN_KIND_CLIENT, attributes: startAttributes },
      this.context,
    );
    const attributes: TelemetryAttributes = {
      "gen_ai.output.type": "json",
      "instr.mode": request.mode,
      "instr.attempt": attempt,
      "instr.stream": stream,
    };
    addSettings(attributes, request);
    if (this.recordContent) {
      attributes["gen_ai.input.messages"] = inputMessagesJson(request.messages);
    }
    this.attempt = {
      span,
      attributes,
      startedAt: this.metrics === undefined ? 0 : performance.now(),
      model: request.model,
      responseModel: undefined,
      answered: false,
    };
  }

  "completion:response"({ response }: CompletionResponseEvent): void {
    const open = this.attempt;
    if (open === undefined) return;
    open.answered = true;
    const { attributes } = open;
    const { usage } = response;
    if (usage !== undefined) {
      addAttemptUsage(attributes, usage);
      this.usage = addUsage(this.usage, usage);
    }
    attributes["gen_ai.response.finish_reasons"] = [response.finishReason];
    open.responseModel = rawResponseField(response.raw, "model");
    if (open.responseModel !== undefined) {
      attributes["gen_ai.response.model"] = open.responseModel;
    }
    const responseId = rawResponseField(response.raw, "id");
    if (responseId !== undefined) attributes["gen_ai.response.id"] = responseId;
    if (this.recordContent) attributes["gen_ai.output.messages"] = outputMessagesJson(response);

    const { metrics } = this;
    if (metrics === undefined) return;
    // A new attributes object per point: an SDK may keep the one it is given.
    const seconds = (performance.now() - open.startedAt) / 1000;
    metrics.duration.record(seconds, this.metricAttributes(open));
    if (usage === undefined) return;
    const input = this.metricAttributes(open);
    input["gen_ai.token.type"] = "input";
    metrics.tokenUsage.record(usage.promptTokens, input);
    const output = this.metricAttributes(open);
    output["gen_ai.token.type"] = "output";
    metrics.tokenUsage.record(usage.completionTokens, output);
  }

  "completion:error"({ error }: CompletionErrorEvent): void {
    this.endAttempt(error);
  }

  /**
   * The provider rejected the attempt's mode and the attempt is sent again in mode `to`: the
   * rejected request's span ends as failed, and both it and the call span get
   * `instr.mode_fallback` (the mode the request is sent again in).
   */
  "mode:fallback"({ to, error }: ModeFallbackEvent): void {
    this.attributes["instr.mode_fallback"] = to;
    if (this.attempt !== undefined) this.attempt.attributes["instr.mode_fallback"] = to;
    this.endAttempt(error);
  }

  "parse:error"({ error }: ParseErrorEvent): void {
    const open = this.attempt;
    if (open === undefined) return;
    this.attempt = undefined;
    const reason = reaskReason(error, this.recordContent);
    open.attributes["instr.reask.reason"] = reason;
    open.attributes["error.type"] = error.name;
    open.span.setAttributes(open.attributes);
    open.span.setStatus({ code: STATUS_ERROR, message: reason });
    open.span.end();
  }

  retry({ error }: RetryEvent): void {
    this.metrics?.reasks.add(1, {
      "gen_ai.provider.name": this.start.provider,
      "gen_ai.request.model": this.start.model,
      "instr.reask.kind": error.name === "ValidationError" ? "validation" : "json",
    });
  }

  "cache:hit"(): void {
    this.attributes["instr.cache.hit"] = true;
  }

  "cache:miss"(): void {
    this.attributes["instr.cache.hit"] = false;
  }

  /**
   * Ends the open attempt span, if any: with `error` recorded when the model call (or reading
   * its answer) failed. A failed model call also gets its duration point, with `error.type`.
   */
  private endAttempt(error: unknown): void {
    const open = this.attempt;
    if (open === undefined) return;
    this.attempt = undefined;
    if (error !== undefined) {
      const { name } = markError(open.span, open.attributes, error, this.recordContent);
      if (!open.answered && this.metrics !== undefined) {
        const metric = this.metricAttributes(open);
        metric["error.type"] = name;
        this.metrics.duration.record((performance.now() - open.startedAt) / 1000, metric);
      }
    }
    open.span.setAttributes(open.attributes);
    open.span.end();
  }

  /** The attributes of an attempt's metric points (a new object: callers add to it). */
  private metricAttributes(open: OpenAttempt): TelemetryAttributes {
    const attributes: TelemetryAttributes = {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": this.start.provider,
      "gen_ai.request.model": open.model,
    };
    if (open.responseModel !== undefined) {
      attributes["gen_ai.response.model"] = open.responseModel;
    }
    return attributes;
  }

  private endCall(): void {
    const { attributes } = this;
    addCallUsage(attributes, this.usage);
    attributes["instr.attempts"] = this.attempts;
    this.span.setAttributes(attributes);
    this.span.end();
  }
}

/**
 * Records `error` on `span` (exception event and error status) and adds `error.type` and
 * `instr.error.retryable` to the `attributes` the span ends with.
 */
function markError(
  span: TelemetrySpan,
  attributes: TelemetryAttributes,
  error: unknown,
  recordContent: boolean,
) {
  const description = describeError(error, recordContent);
  span.recordException({ name: description.name, message: description.message });
  attributes["error.type"] = description.name;
  attributes["instr.error.retryable"] = description.retryable;
  span.setStatus({ code: STATUS_ERROR, message: description.message });
  return description;
}

/** The request settings given: on the call span and every attempt span. */
function addSettings(
  attributes: TelemetryAttributes,
  settings: { temperature?: number | undefined; maxTokens?: number | undefined },
): void {
  if (settings.temperature !== undefined) {
    attributes["gen_ai.request.temperature"] = settings.temperature;
  }
  if (settings.maxTokens !== undefined)
    attributes["gen_ai.request.max_tokens"] = settings.maxTokens;
}
