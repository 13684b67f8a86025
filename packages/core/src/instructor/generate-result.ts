import type { GenerateResult } from "../instructor-types/instructor.js";
import { reasoningText } from "../modes/reasoning-text.js";
import type { AttemptsResult } from "../retry/attempt-loop.js";
import type { AdapterResponse } from "../types/adapter.js";

/** The public result of a call that ran its attempts (not answered from a cache). */
export function generateResult<T, TRaw>(
  result: AttemptsResult<T, AdapterResponse<TRaw>>,
): GenerateResult<T, TRaw> {
  const reasoning = reasoningText(result.response);
  return {
    data: result.value,
    completion: result.response.raw,
    usage: result.usage,
    attempts: result.attempts,
    ...(reasoning === undefined ? {} : { reasoning }),
  };
}
