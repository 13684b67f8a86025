import {
  IncompleteOutputError,
  InstructorError,
  JsonParseError,
  ProviderError,
  RefusalError,
  RetryError,
  ValidationError,
} from "@instr/core";

/** A failures-file line: the item, its error as JSON and what the model last wrote. */
export interface FailureRecord {
  id: string;
  hash: string;
  error: Record<string, unknown>;
  /** The model's last answer text (or the unusable input line); null when there was none. */
  rawOutput: string | null;
}

/** The failures-file line of an item. */
export function failureRecord(
  item: { id: string; hash: string },
  error: unknown,
  rawOutput: string | null = rawOutputOf(error),
): FailureRecord {
  return { id: item.id, hash: item.hash, error: errorJson(error), rawOutput };
}

/** instr errors through their log-safe `toJSON`; anything else by name and message. */
function errorJson(error: unknown): Record<string, unknown> {
  if (InstructorError.isInstance(error)) return error.toJSON();
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { message: String(error) };
}

function rawOutputOf(error: unknown): string | null {
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
