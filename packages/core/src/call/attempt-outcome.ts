import type { AnswerError } from "../errors/answer-error.js";
import type { AdapterResponse } from "../types/adapter.js";

/** An attempt whose answer passed validation. */
export interface AttemptSuccess<T, R extends AdapterResponse = AdapterResponse> {
  ok: true;
  value: T;
  response: R;
  /** The answer's JSON text, as the attempt's mode found it in the response. */
  answerText: string;
}

/**
 * An attempt whose answer is to be re-asked: `rawText` is what the model wrote, null when it
 * wrote nothing.
 */
export interface AttemptFailure {
  ok: false;
  error: AnswerError;
  rawText: string | null;
  response: AdapterResponse;
}

/** How one attempt ended, once the provider answered: a validated value, or an answer to re-ask. */
export type AttemptOutcome<T, R extends AdapterResponse = AdapterResponse> =
  | AttemptSuccess<T, R>
  | AttemptFailure;
