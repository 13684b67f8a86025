import type { z } from "zod";
import { withCache } from "../cache/with-cache.js";
import { runAttempts } from "../retry/run-attempts.js";
import type { GenerateParams, GenerateResult } from "../types/instructor.js";
import type { InstructorContext } from "./instructor-context.js";
import { prepareCall } from "./prepare-call.js";

/** `Instructor.generateWithCompletion`: whole responses via `adapter.complete`, re-asked. */
export async function generateWithCompletion<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): Promise<GenerateResult<z.output<S>>> {
  const call = prepareCall(context, params);
  const cache = params.cache === false ? undefined : context.defaults.cache;
  return withCache(call, cache, () =>
    runAttempts(call, { stream: false, send: (request) => call.adapter.complete(request) }),
  );
}
