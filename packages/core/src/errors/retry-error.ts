import type { Usage } from "../types/usage.js";
import type { AnswerError } from "./answer-error.js";
import { InstructorError } from "./instructor-error.js";

/** One failed attempt: what the model wrote and why it was rejected. */
export interface AttemptRecord {
  /** 1-based attempt number. */
  attempt: number;
  /** The raw answer text (tool arguments or content); null when the model wrote nothing. */
  rawText: string | null;
  /** Why the answer was rejected: not JSON (`JsonParseError`) or not valid (`ValidationError`). */
  error: AnswerError;
  usage?: Usage;
  /** What the model thought before this answer, when the provider returned it. */
  reasoning?: string;
}

/**
 * Every attempt failed validation or parsing and the retry budget is spent (or `validationHook`
 * said stop). `cause` is the last attempt's error.
 */
export class RetryError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.retry");
  declare readonly attempts: readonly AttemptRecord[];
  /** Usage summed over every attempt. */
  declare readonly usage: Usage;

  constructor(message: string, fields: { attempts: readonly AttemptRecord[]; usage: Usage }) {
    super(message, { cause: fields.attempts.at(-1)?.error });
    this.name = "RetryError";
    this.attempts = fields.attempts;
    this.assignFields(fields, ["usage"]);
  }

  /** Adds `attempts`, each with its own fields only and its error's `toJSON`. */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      attempts: this.attempts.map((a) => ({
        attempt: a.attempt,
        rawText: a.rawText,
        usage: a.usage,
        reasoning: a.reasoning,
        error: a.error.toJSON(),
      })),
    };
  }
}
