import {
  IncompleteOutputError,
  InstructorError,
  JsonParseError,
  ProviderError,
  RefusalError,
  RetryError,
  ValidationError,
} from "@instr/core";

/** A log-safe JSON view of any error: instr errors' own `toJSON`, else name and message. */
export function errorToJson(error: unknown): Record<string, unknown> {
  if (InstructorError.isInstance(error)) return error.toJSON();
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** What the model last wrote before `error`, or null when it wrote nothing we kept. */
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
