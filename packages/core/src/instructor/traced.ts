import type { z } from "zod";
import type { TracedMethod } from "../telemetry/call-trace.js";
import { resolveTelemetry } from "../telemetry/resolve-telemetry.js";
import { traceCall, traceStream } from "../telemetry/trace-call.js";
import type { GenerateParams } from "../types/instructor.js";
import type { InstructorContext } from "./instructor-context.js";

/**
 * Runs `run` with the context as is when telemetry is off for this call (nothing else happens),
 * else inside a call span, with the context's hooks replaced by ones that feed the attempt spans.
 */
export function traced<S extends z.ZodType, T>(
  context: InstructorContext,
  params: GenerateParams<S>,
  method: TracedMethod,
  run: (context: InstructorContext) => Promise<T>,
): Promise<T> {
  const telemetry = resolveTelemetry(context.defaults.telemetry, params.telemetry);
  if (telemetry === undefined) return run(context);
  return traceCall(telemetry, callStart(context, params, method), (hooks) =>
    run({ ...context, hooks }),
  );
}

/** {@link traced} for the streaming methods: the span lasts as long as the stream. */
export function tracedStream<S extends z.ZodType, T>(
  context: InstructorContext,
  params: GenerateParams<S>,
  method: TracedMethod,
  run: (context: InstructorContext) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const telemetry = resolveTelemetry(context.defaults.telemetry, params.telemetry);
  if (telemetry === undefined) return run(context);
  return traceStream(telemetry, callStart(context, params, method), (hooks) =>
    run({ ...context, hooks }),
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
