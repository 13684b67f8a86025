import { createHash } from "node:crypto";

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/** JSON with object keys sorted at every depth, so equal values serialise equally. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortKeys);
}

/** Hex SHA-256 of {@link stableStringify}: the same for equal JSON values, whatever the key order. */
export function stableHash(value: unknown): string {
  return createHash("sha256").update(stableStringify(value)).digest("hex");
}
