import type { z } from "zod";
import type { TracedMethod } from "../telemetry/call-trace.js";
import { traceCall, traceStream } from "../telemetry/trace-call.js";
import type { GenerateParams } from "../types/instructor.js";
import type { TelemetryOptions } from "../types/telemetry.js";
import type { InstructorContext } from "./instructor-context.js";

/** One call of an instructor method: what {@link traced} wraps. */
type Run<S extends z.ZodType, R> = (context: InstructorContext, params: GenerateParams<S>) => R;

/**
 * Runs `run` inside a call span, with the context's hooks replaced by ones that feed the attempt
 * spans. Only for calls with telemetry on: the callers run `run` directly otherwise, so an
 * untraced call pays for nothing but the `resolveTelemetry` check.
 */
export function traced<S extends z.ZodType, T>(
  telemetry: TelemetryOptions,
  context: InstructorContext,
  params: GenerateParams<S>,
  method: TracedMethod,
  run: Run<S, Promise<T>>,
): Promise<T> {
  return traceCall(telemetry, callStart(context, params, method), (hooks) =>
    run({ ...context, hooks }, params),
  );
}

/** {@link traced} for the streaming methods: the span lasts as long as the stream. */
export function tracedStream<S extends z.ZodType, T>(
  telemetry: TelemetryOptions,
  context: InstructorContext,
  params: GenerateParams<S>,
  method: TracedMethod,
  run: Run<S, AsyncGenerator<T>>,
): AsyncGenerator<T> {
  return traceStream(telemetry, callStart(context, params, method), (hooks) =>
    run({ ...context, hooks }, params),
  );
}

function callStart<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
  method: TracedMethod,
) {
  return {
    method,
    provider: context.adapter.provider,
    model: params.model,
    temperature: params.temperature,
    maxTokens: params.maxTokens,
    hooks: context.hooks,
  };
}
