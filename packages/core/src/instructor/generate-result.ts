import { reasoningText } from "../modes/reasoning-text.js";
import type { AttemptsResult } from "../retry/attempt-loop.js";
import type { GenerateResult } from "../types/instructor.js";

/** The public result of a call that ran its attempts (not answered from a cache). */
export function generateResult<T>(result: AttemptsResult<T>): GenerateResult<T> {
  const reasoning = reasoningText(result.response);
  return {
    data: result.value,
    completion: result.response.raw,
    usage: result.usage,
    attempts: result.attempts,
    ...(reasoning === undefined ? {} : { reasoning }),
  };
}
