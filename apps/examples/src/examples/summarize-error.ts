import { ValidationError } from "@instr/core";

/**
 * An error on one printed line: a `ValidationError` as its issues (`age: must be 30 or older`),
 * anything else as its message with line breaks folded.
 */
export function summarizeError(error: unknown): string {
  if (ValidationError.isInstance(error)) {
    return error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
  }
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, " ");
}
