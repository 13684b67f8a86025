import type { HookEmitter } from "../hooks/hook-emitter.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import type { CallStart, TracedMethod } from "../telemetry/call-trace.js";
import { resolveTelemetry } from "../telemetry/resolve-telemetry.js";
import type { ResponseModel } from "../types/response-model.js";
import type { TelemetryOptions } from "../types/telemetry.js";
import type { InstructorContext } from "./instructor-context.js";

/**
 * Runs one call of an instructor method. With telemetry off for it, that is `run(context,
 * params)` and nothing else (no wrapper, no closure). With telemetry on, `trace` (`traceCall` or
 * `traceStream`) opens the call span and `run` gets the context with hooks that feed the attempt
 * spans.
 */
export function traced<S extends ResponseModel, R, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<S>,
  method: TracedMethod,
  run: (context: InstructorContext<TRaw>, params: GenerateParams<S>) => R,
  trace: (telemetry: TelemetryOptions, start: CallStart, run: (hooks: HookEmitter) => R) => R,
): R {
  const telemetry = resolveTelemetry(context.defaults.telemetry, params.telemetry);
  if (telemetry === undefined) return run(context, params);
  const start: CallStart = {
    method,
    provider: context.adapter.provider,
    model: params.model,
    temperature: params.temperature,
    maxTokens: params.maxTokens,
    hooks: context.hooks,
  };
  // Hooks the trace does not tap (a call span that records nothing) keep the context as it is.
  return trace(telemetry, start, (hooks) =>
    run(hooks === context.hooks ? context : { ...context, hooks }, params),
  );
}
