import type { InstructorContext } from "../call/instructor-context.js";
import { prepareCall, responseSpec } from "../call/prepare-call.js";
import { traced } from "../call/traced.js";
import type { GenerateParams, GenerateResult } from "../instructor-types/instructor.js";
import { runAttempts } from "../retry/run-attempts.js";
import { traceCall } from "../telemetry/trace-call.js";
import type { ResponseModel, ResponseOf } from "../types/response-model.js";
import { generateResult } from "./generate-result.js";
import { withCache } from "./with-cache.js";

/**
 * `Instructor.generateWithCompletion`: whole responses via `adapter.complete`, re-asked; inside a
 * call span when telemetry is on (`method` names it: a batch item is `generateBatch`).
 */
export function generateWithCompletion<S extends ResponseModel, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<S>,
  method: "generate" | "generateBatch" = "generate",
): Promise<GenerateResult<ResponseOf<S>, TRaw>> {
  return traced(context, params, method, complete, traceCall);
}

async function complete<S extends ResponseModel, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<S>,
): Promise<GenerateResult<ResponseOf<S>, TRaw>> {
  const call = prepareCall(context, params, responseSpec(context, params), false);
  const run = () => runAttempts(call);
  const cache = params.cache === false ? undefined : context.defaults.cache;
  // Awaited, not returned: an async function that returns a promise adopts it in two more
  // microtask turns, and without a cache the call skips the cache layer's own async function.
  return cache === undefined ? generateResult(await run()) : await withCache(call, cache, run);
}
