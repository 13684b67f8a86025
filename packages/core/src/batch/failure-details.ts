import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { InstructorError } from "../errors/instructor-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";

/**
 * A log-safe JSON view of any error, for failure records of a batch: an instr error's own
 * `toJSON` (never the API key), else its name and message.
 */
export function errorToJson(error: unknown): Record<string, unknown> {
  if (InstructorError.isInstance(error)) return error.toJSON();
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/**
 * What the model last wrote before `error` (the last attempt's answer, a truncated answer, a
 * refusal, the text of a broken stream), or null when it wrote nothing that was kept.
 */
export function rawOutputOf(error: unknown): string | null {
  if (RetryError.isInstance(error)) return error.attempts.at(-1)?.rawText ?? null;
  if (
    ValidationError.isInstance(error) ||
    JsonParseError.isInstance(error) ||
    IncompleteOutputError.isInstance(error)
  ) {
    return error.rawText;
  }
  if (RefusalError.isInstance(error)) return error.refusal;
  if (ProviderError.isInstance(error)) return error.partialText ?? null;
  return null;
}
