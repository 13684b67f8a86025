import type { z } from "zod";
import { withCache } from "../cache/with-cache.js";
import { runAttempts } from "../retry/run-attempts.js";
import type { GenerateParams, GenerateResult } from "../types/instructor.js";
import { generateResult } from "./generate-result.js";
import type { InstructorContext } from "./instructor-context.js";
import { prepareCall } from "./prepare-call.js";

/** `Instructor.generateWithCompletion`: whole responses via `adapter.complete`, re-asked. */
export async function generateWithCompletion<S extends z.ZodType, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<S>,
): Promise<GenerateResult<z.output<S>, TRaw>> {
  const call = prepareCall(context, params);
  const run = () => runAttempts(call);
  const cache = params.cache === false ? undefined : context.defaults.cache;
  // Awaited, not returned: an async function that returns a promise adopts it in two more
  // microtask turns, and without a cache the call skips the cache layer's own async function.
  return cache === undefined ? generateResult(await run()) : await withCache(call, cache, run);
}
