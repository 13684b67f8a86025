import type { HookEmitter } from "../hooks/hook-emitter.js";
import type { TelemetryOptions } from "../types/telemetry.js";
import { type CallStart, CallTrace } from "./call-trace.js";
import { loadedOtelApi, loadOtelApi } from "./load-otel-api.js";

/**
 * Runs a whole-answer call inside a call span: `run` gets the hooks that feed the attempt spans.
 * The span ends when the call settles, with the error recorded if it rejects.
 */
export async function traceCall<T>(
  options: TelemetryOptions,
  start: CallStart,
  run: (hooks: HookEmitter) => Promise<T>,
): Promise<T> {
  // Only the first traced call waits: for the OpenTelemetry API to load.
  const trace = CallTrace.start(loadedOtelApi() ?? (await loadOtelApi()), options, start);
  let result: T;
  try {
    result = await run(trace.hooks);
  } catch (error) {
    trace.failed(error);
    throw error;
  }
  trace.succeeded();
  return result;
}

/**
 * Runs a streaming call inside a call span. The span ends when the stream ends, when it fails
 * (an abort included), or when the consumer leaves early (`break`): `stopped` then marks it.
 */
export async function* traceStream<T>(
  options: TelemetryOptions,
  start: CallStart,
  run: (hooks: HookEmitter) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  // Only the first traced call waits: for the OpenTelemetry API to load.
  const trace = CallTrace.start(loadedOtelApi() ?? (await loadOtelApi()), options, start);
  let settled = false;
  try {
    yield* run(trace.hooks);
    settled = true;
    trace.succeeded();
  } catch (error) {
    settled = true;
    trace.failed(error);
    throw error;
  } finally {
    if (!settled) trace.stopped();
  }
}
