import type { AnswerError } from "../modes/mode-handler.js";
import type { AdapterResponse } from "../types/adapter.js";

/**
 * How one attempt ended, once the provider answered: a validated value, or an answer to re-ask
 * (`rawText` is what the model wrote, null when it wrote nothing).
 */
export type AttemptOutcome<T> =
  | { ok: true; value: T; response: AdapterResponse }
  | { ok: false; error: AnswerError; rawText: string | null; response: AdapterResponse };
