/**
 * One document to extract from. `id` is where it came from (a file path, or `path:line` for a
 * JSONL line, or the line's own `id`); `hash` is a digest of its text. Together they identify
 * the item for resuming: an edited document is extracted again.
 */
export type InputItem =
  | { id: string; hash: string; text: string }
  /** A JSONL line that holds no document: reported as a failure, never sent. */
  | { id: string; hash: string; error: Error; raw: string };

/** The resume key of an item or of a result line. */
export function itemKey(item: { id: string; hash: string }): string {
  return `${item.hash} ${item.id}`;
}
