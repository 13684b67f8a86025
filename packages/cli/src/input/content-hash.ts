import { createHash } from "node:crypto";

/** A short SHA-256 digest of a document (64 bits: ample to tell edits of one item apart). */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
