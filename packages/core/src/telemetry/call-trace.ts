import type { HookEmitter } from "../hooks/hook-emitter.js";
import { addUsage, ZERO_USAGE } from "../retry/add-usage.js";
import type {
  CompletionErrorEvent,
  CompletionKwargsEvent,
  CompletionResponseEvent,
  HookHandlers,
  ModeFallbackEvent,
  ParseErrorEvent,
  RetryEvent,
} from "../types/hooks.js";
import type {
  TelemetryAttributes,
  TelemetryOptions,
  TelemetrySpan,
  TelemetryTracer,
} from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";
import { inputMessagesJson, outputMessagesJson } from "./content-attributes.js";
import { describeError, reaskReason } from "./describe-error.js";
import { type GenAiMetrics, genAiMetrics } from "./gen-ai-metrics.js";
import { loadOtelApi } from "./load-otel-api.js";
import { rawResponseField } from "./raw-response-field.js";
import { SPAN_KIND_CLIENT, SPAN_KIND_INTERNAL, STATUS_ERROR } from "./span-constants.js";
import { attemptUsageAttributes, callUsageAttributes } from "./usage-attributes.js";

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

/** The open attempt span and when its model call started. */
interface OpenAttempt {
  span: TelemetrySpan;
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
 */
export class CallTrace implements Partial<HookHandlers> {
  /** The hooks to run the call with: the instructor's handlers, tapped by this trace. */
  readonly hooks: HookEmitter;
  private attempt: OpenAttempt | undefined;
  private attempts = 0;
  private mode: string | undefined;
  private usage: Usage = ZERO_USAGE;
  private readonly recordContent: boolean;

  private constructor(
    private readonly span: TelemetrySpan,
    private readonly tracer: TelemetryTracer,
    /** The OpenTelemetry context whose active span is the call span: the attempts' parent. */
    private readonly context: unknown,
    private readonly metrics: GenAiMetrics,
    private readonly options: TelemetryOptions,
    private readonly start: CallStart,
  ) {
    this.recordContent = options.recordContent === true;
    this.hooks = start.hooks.withTap(this);
  }

  /**
   * Opens the call span, a child of the active OpenTelemetry context (the caller's span, if
   * any). Loads `@opentelemetry/api` on first use.
   */
  static async start(options: TelemetryOptions, start: CallStart): Promise<CallTrace> {
    const api = await loadOtelApi();
    const tracer = options.tracer ?? api.trace.getTracer(INSTRUMENTATION_NAME);
    const meter = options.meter ?? api.metrics.getMeter(INSTRUMENTATION_NAME);
    const parent = api.context.active();
    const attributes: TelemetryAttributes = {
      "instr.method": start.method,
      "gen_ai.provider.name": start.provider,
      "gen_ai.request.model": start.model,
    };
    addCommon(attributes, start, options);
    const span = tracer.startSpan(
      `${start.method} ${start.model}`,
      { kind: SPAN_KIND_INTERNAL, attributes },
      parent,
    );
    const context = api.trace.setSpanContext(parent, span.spanContext());
    return new CallTrace(span, tracer, context, genAiMetrics(meter), options, start);
  }

  /** The call resolved (or its stream finished with the validated value). */
  succeeded(): void {
    this.endAttempt(undefined);
    this.endCall();
  }

  /** The call rejected with `error`. */
  failed(error: unknown): void {
    this.endAttempt(error);
    markError(this.span, error, this.recordContent);
    this.endCall();
  }

  /** The consumer left a streaming call before its end (`break`, `return`). */
  stopped(): void {
    this.attempt?.span.setAttribute("instr.stream.stopped_early", true);
    this.endAttempt(undefined);
    this.span.setAttribute("instr.stream.stopped_early", true);
    this.endCall();
  }

  "completion:kwargs"({ request, attempt, stream }: CompletionKwargsEvent): void {
    this.endAttempt(undefined);
    this.attempts = attempt;
    if (request.mode !== this.mode) {
      this.mode = request.mode;
      this.span.setAttributes({ "instr.mode": request.mode, "instr.stream": stream });
    }
    const attributes: TelemetryAttributes = {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": this.start.provider,
      "gen_ai.request.model": request.model,
      "gen_ai.output.type": "json",
      "instr.mode": request.mode,
      "instr.attempt": attempt,
      "instr.stream": stream,
    };
    addCommon(attributes, request, this.options);
    if (this.recordContent)
      attributes["gen_ai.input.messages"] = inputMessagesJson(request.messages);
    const span = this.tracer.startSpan(
      `chat ${request.model}`,
      { kind: SPAN_KIND_CLIENT, attributes },
      this.context,
    );
    this.attempt = {
      span,
      startedAt: performance.now(),
      model: request.model,
      responseModel: undefined,
      answered: false,
    };
  }

  "completion:response"({ response }: CompletionResponseEvent): void {
    const open = this.attempt;
    if (open === undefined) return;
    open.answered = true;
    open.responseModel = rawResponseField(response.raw, "model");
    const { usage } = response;
    const attributes: TelemetryAttributes =
      usage === undefined ? {} : attemptUsageAttributes(usage);
    attributes["gen_ai.response.finish_reasons"] = [response.finishReason];
    if (open.responseModel !== undefined) {
      attributes["gen_ai.response.model"] = open.responseModel;
    }
    const responseId = rawResponseField(response.raw, "id");
    if (responseId !== undefined) attributes["gen_ai.response.id"] = responseId;
    if (this.recordContent) attributes["gen_ai.output.messages"] = outputMessagesJson(response);
    open.span.setAttributes(attributes);
    // A new attributes object per point: an SDK may keep the one it is given.
    const seconds = (performance.now() - open.startedAt) / 1000;
    this.metrics.duration.record(seconds, this.metricAttributes(open));
    if (usage === undefined) return;
    this.usage = addUsage(this.usage, usage);
    const input = this.metricAttributes(open);
    input["gen_ai.token.type"] = "input";
    this.metrics.tokenUsage.record(usage.promptTokens, input);
    const output = this.metricAttributes(open);
    output["gen_ai.token.type"] = "output";
    this.metrics.tokenUsage.record(usage.completionTokens, output);
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
    this.span.setAttribute("instr.mode_fallback", to);
    this.attempt?.span.setAttribute("instr.mode_fallback", to);
    this.endAttempt(error);
  }

  "parse:error"({ error }: ParseErrorEvent): void {
    const open = this.attempt;
    if (open === undefined) return;
    this.attempt = undefined;
    const reason = reaskReason(error, this.recordContent);
    open.span.setAttributes({ "instr.reask.reason": reason, "error.type": error.name });
    open.span.setStatus({ code: STATUS_ERROR, message: reason });
    open.span.end();
  }

  retry({ error }: RetryEvent): void {
    this.metrics.reasks.add(1, {
      "gen_ai.provider.name": this.start.provider,
      "gen_ai.request.model": this.start.model,
      "instr.reask.kind": error.name === "ValidationError" ? "validation" : "json",
    });
  }

  "cache:hit"(): void {
    this.span.setAttribute("instr.cache.hit", true);
  }

  "cache:miss"(): void {
    this.span.setAttribute("instr.cache.hit", false);
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
      const { name } = markError(open.span, error, this.recordContent);
      if (!open.answered) {
        const metric = this.metricAttributes(open);
        metric["error.type"] = name;
        this.metrics.duration.record((performance.now() - open.startedAt) / 1000, metric);
      }
    }
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
    const attributes = callUsageAttributes(this.usage);
    attributes["instr.attempts"] = this.attempts;
    this.span.setAttributes(attributes);
    this.span.end();
  }
}

/** Records `error` on `span` (exception event, `error.type`, retryability, error status). */
function markError(span: TelemetrySpan, error: unknown, recordContent: boolean) {
  const description = describeError(error, recordContent);
  span.recordException({ name: description.name, message: description.message });
  span.setAttributes({
    "error.type": description.name,
    "instr.error.retryable": description.retryable,
  });
  span.setStatus({ code: STATUS_ERROR, message: description.message });
  return description;
}

/** The request settings given, and the function id: on the call span and every attempt span. */
function addCommon(
  attributes: TelemetryAttributes,
  settings: { temperature?: number | undefined; maxTokens?: number | undefined },
  options: TelemetryOptions,
): void {
  if (settings.temperature !== undefined) {
    attributes["gen_ai.request.temperature"] = settings.temperature;
  }
  if (settings.maxTokens !== undefined)
    attributes["gen_ai.request.max_tokens"] = settings.maxTokens;
  if (options.functionId !== undefined) attributes["instr.function_id"] = options.functionId;
}
