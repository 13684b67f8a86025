import type { AttemptsResult } from "../retry/attempt-loop.js";
import type { GenerateResult } from "../types/instructor.js";

/** The public result of a call that ran its attempts (not answered from a cache). */
export function generateResult<T>(result: AttemptsResult<T>): GenerateResult<T> {
  return {
    data: result.value,
    completion: result.response.raw,
    usage: result.usage,
    attempts: result.attempts,
  };
}
