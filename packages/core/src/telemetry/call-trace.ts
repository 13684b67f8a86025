import type { HookEmitter } from "../hooks/hook-emitter.js";
import { addUsage, ZERO_USAGE } from "../retry/add-usage.js";
import type {
  CompletionKwargsEvent,
  CompletionResponseEvent,
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
import {
  ATTR,
  CHAT_OPERATION,
  SPAN_KIND_CLIENT,
  SPAN_KIND_INTERNAL,
  STATUS_ERROR,
} from "./attribute-names.js";
import { inputMessagesJson, outputMessagesJson } from "./content-attributes.js";
import { describeError, reaskReason } from "./describe-error.js";
import { type GenAiMetrics, genAiMetrics } from "./gen-ai-metrics.js";
import { loadOtelApi } from "./load-otel-api.js";
import { rawResponseField } from "./raw-response-field.js";
import { attemptUsageAttributes, callUsageAttributes } from "./usage-attributes.js";

/** The instructor method a call span stands for (`instr.method`). */
export type TracedMethod = "generate" | "generatePartial" | "generateIterable" | "generateBatch";

/** What a call span is started with. */
export interface CallStart {
  method: TracedMethod;
  provider: string;
  model: string;
  temperature?: number | undefined;
  maxTokens?: number | undefined;
  /** The instructor's hooks: the call runs with a copy that also feeds this trace. */
  hooks: HookEmitter;
}

/** The tracer and meter name of the spans and instruments instr creates by default. */
const INSTRUMENTATION_NAME = "@instr/core";

/** The open attempt span and when its model call started. */
interface OpenAttempt {
  span: TelemetrySpan;
  startedAt: number;
  /** Attributes of this call's metric points (`gen_ai.response.model` once known). */
  metricAttributes: TelemetryAttributes;
  /** The provider answered (the duration point is recorded then). */
  answered: boolean;
}

/**
 * The spans and metrics of one call. The call span is opened by {@link CallTrace.start}; the
 * attempt spans follow the call's hook events (`completion:kwargs` opens one, the response or the
 * error closes it), so the attempt loop needs no tracing code of its own. The owner ends the call
 * with exactly one of `succeeded`, `failed` or `stopped`.
 */
export class CallTrace {
  /** The hooks to run the call with: the instructor's handlers, then this trace's. */
  readonly hooks: HookEmitter;
  private attempt: OpenAttempt | undefined;
  private attempts = 0;
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
    this.hooks = start.hooks.clone();
    this.hooks.register({
      "completion:kwargs": (event) => this.attemptStarted(event),
      "completion:response": (event) => this.responded(event),
      "completion:error": (event) => this.endAttempt(event.error),
      "parse:error": (event) => this.answerRejected(event),
      retry: (event) => this.reasked(event),
      "cache:hit": () => span.setAttribute(ATTR.cacheHit, true),
      "cache:miss": () => span.setAttribute(ATTR.cacheHit, false),
    });
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
    const span = tracer.startSpan(
      `${start.method} ${start.model}`,
      { kind: SPAN_KIND_INTERNAL, attributes: callAttributes(options, start) },
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
    this.attempt?.span.setAttribute(ATTR.stoppedEarly, true);
    this.endAttempt(undefined);
    this.span.setAttribute(ATTR.stoppedEarly, true);
    this.endCall();
  }

  private attemptStarted({ request, attempt, stream }: CompletionKwargsEvent): void {
    this.endAttempt(undefined);
    this.attempts = attempt;
    this.span.setAttributes({ [ATTR.mode]: request.mode, [ATTR.stream]: stream });
    const metricAttributes: TelemetryAttributes = {
      [ATTR.operationName]: CHAT_OPERATION,
      [ATTR.providerName]: this.start.provider,
      [ATTR.requestModel]: request.model,
    };
    const attributes: TelemetryAttributes = {
      ...metricAttributes,
      ...requestSettings(request),
      [ATTR.outputType]: "json",
      [ATTR.mode]: request.mode,
      [ATTR.attempt]: attempt,
      [ATTR.stream]: stream,
    };
    if (this.options.functionId !== undefined) {
      attributes[ATTR.functionId] = this.options.functionId;
    }
    if (this.recordContent) attributes[ATTR.inputMessages] = inputMessagesJson(request.messages);
    const span = this.tracer.startSpan(
      `${CHAT_OPERATION} ${request.model}`,
      { kind: SPAN_KIND_CLIENT, attributes },
      this.context,
    );
    this.attempt = { span, startedAt: performance.now(), metricAttributes, answered: false };
  }

  private responded({ response }: CompletionResponseEvent): void {
    const open = this.attempt;
    if (open === undefined) return;
    const { span, metricAttributes } = open;
    open.answered = true;
    const responseModel = rawResponseField(response.raw, "model");
    const responseId = rawResponseField(response.raw, "id");
    if (responseModel !== undefined) {
      metricAttributes[ATTR.responseModel] = responseModel;
      span.setAttribute(ATTR.responseModel, responseModel);
    }
    if (responseId !== undefined) span.setAttribute(ATTR.responseId, responseId);
    span.setAttribute(ATTR.finishReasons, [response.finishReason]);
    if (this.recordContent) span.setAttribute(ATTR.outputMessages, outputMessagesJson(response));
    this.metrics.duration.record((performance.now() - open.startedAt) / 1000, metricAttributes);
    const { usage } = response;
    if (usage === undefined) return;
    this.usage = addUsage(this.usage, usage);
    span.setAttributes(attemptUsageAttributes(usage));
    this.metrics.tokenUsage.record(usage.promptTokens, {
      ...metricAttributes,
      [ATTR.tokenType]: "input",
    });
    this.metrics.tokenUsage.record(usage.completionTokens, {
      ...metricAttributes,
      [ATTR.tokenType]: "output",
    });
  }

  private answerRejected({ error }: ParseErrorEvent): void {
    const span = this.attempt?.span;
    if (span === undefined) return;
    const reason = reaskReason(error, this.recordContent);
    span.setAttributes({ [ATTR.reaskReason]: reason, [ATTR.errorType]: error.name });
    span.setStatus({ code: STATUS_ERROR, message: reason });
    span.end();
    this.attempt = undefined;
  }

  private reasked({ error }: RetryEvent): void {
    this.metrics.reasks.add(1, {
      [ATTR.providerName]: this.start.provider,
      [ATTR.requestModel]: this.start.model,
      [ATTR.reaskKind]: error.name === "ValidationError" ? "validation" : "json",
    });
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
        this.metrics.duration.record((performance.now() - open.startedAt) / 1000, {
          ...open.metricAttributes,
          [ATTR.errorType]: name,
        });
      }
    }
    open.span.end();
  }

  private endCall(): void {
    this.span.setAttributes({ [ATTR.attempts]: this.attempts, ...callUsageAttributes(this.usage) });
    this.span.end();
  }
}

/** Records `error` on `span` (exception event, `error.type`, retryability, error status). */
function markError(span: TelemetrySpan, error: unknown, recordContent: boolean) {
  const description = describeError(error, recordContent);
  span.recordException({ name: description.name, message: description.message });
  span.setAttributes({
    [ATTR.errorType]: description.name,
    [ATTR.errorRetryable]: description.retryable,
  });
  span.setStatus({ code: STATUS_ERROR, message: description.message });
  return description;
}

function callAttributes(options: TelemetryOptions, start: CallStart): TelemetryAttributes {
  const attributes: TelemetryAttributes = {
    [ATTR.method]: start.method,
    [ATTR.providerName]: start.provider,
    [ATTR.requestModel]: start.model,
    ...requestSettings(start),
  };
  if (options.functionId !== undefined) attributes[ATTR.functionId] = options.functionId;
  return attributes;
}

function requestSettings(settings: {
  temperature?: number | undefined;
  maxTokens?: number | undefined;
}): TelemetryAttributes {
  const attributes: TelemetryAttributes = {};
  if (settings.temperature !== undefined) {
    attributes[ATTR.requestTemperature] = settings.temperature;
  }
  if (settings.maxTokens !== undefined) attributes[ATTR.requestMaxTokens] = settings.maxTokens;
  return attributes;
}
