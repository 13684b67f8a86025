import { createHash } from "node:crypto";
import { canonicalJson } from "@instr/core";

/**
 * Hex SHA-256 of the value's canonical JSON (keys sorted at every depth): the same for equal JSON
 * values whatever the key order, on every worker, since all of them use core's `canonicalJson`.
 */
export function stableHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
