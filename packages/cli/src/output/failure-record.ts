import { errorToJson, rawOutputOf } from "@instr/core";

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
  return { id: item.id, hash: item.hash, error: errorToJson(error), rawOutput };
}
