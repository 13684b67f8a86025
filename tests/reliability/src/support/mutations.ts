import fc from "fast-check";

/** One edit of a UTF-8 byte string. */
type ByteEdit =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "insert"; at: number; byte: number }
  | { kind: "delete"; at: number }
  | { kind: "truncate"; at: number };

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function applyEdit(bytes: number[], edit: ByteEdit): number[] {
  if (bytes.length === 0) return edit.kind === "insert" ? [edit.byte] : bytes;
  const at = edit.at % bytes.length;
  switch (edit.kind) {
    case "flip":
      return bytes.map((b, i) => (i === at ? edit.byte : b));
    case "insert":
      return [...bytes.slice(0, at), edit.byte, ...bytes.slice(at)];
    case "delete":
      return [...bytes.slice(0, at), ...bytes.slice(at + 1)];
    case "truncate":
      return bytes.slice(0, at);
  }
}

/**
 * `text` with up to `maxEdits` random byte edits (flips, insertions, deletions, truncations) of
 * its UTF-8 encoding, decoded again (invalid sequences become U+FFFD, as an SDK decodes them).
 */
export function mutated(text: string, maxEdits = 4): fc.Arbitrary<string> {
  const encoded = [...new TextEncoder().encode(text)];
  return fc.array(byteEdit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    const bytes = edits.reduce(applyEdit, encoded);
    return new TextDecoder().decode(new Uint8Array(bytes));
  });
}

/** `text` cut into consecutive chunks at random points (what a stream delivers). */
export function chunked(text: string): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.nat(Math.max(text.length, 1)), { maxLength: 12 }).map((cuts) => {
    const points = [0, ...cuts.filter((c) => c < text.length).sort((a, b) => a - b), text.length];
    return points.slice(1).map((end, i) => text.slice(points[i], end));
  });
}
