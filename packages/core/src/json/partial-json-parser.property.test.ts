import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { createPartialJsonParser } from "./partial-json-parser.js";

// String units that stress the string scanner: escapes, quotes, emoji (surrogate pairs), lone
// surrogates, control characters and any UTF-16 code unit.
const stringUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  fc.constantFrom('"', "\\", "/", "\n", "\u0000", "\u001f", "😀", "é", "\ud83d", "\ude00", "`"),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const jsonValue = fc.jsonValue({ stringUnit, maxDepth: 5 });
const protoKeyed = fc
  .tuple(jsonValue, jsonValue)
  .map(([a, b]) => JSON.parse(`{"__proto__": ${JSON.stringify(a)}, "b": [${JSON.stringify(b)}]}`));
const anyJson = fc.oneof({ weight: 4, arbitrary: jsonValue }, protoKeyed);

/** JSON texts of a value: compact or pretty, optionally with \u escapes and escaped slashes. */
const jsonText = fc
  .record({
    value: anyJson,
    indent: fc.constantFrom(0, 2, "\t"),
    escapeNonAscii: fc.boolean(),
    escapeSlash: fc.boolean(),
    padding: fc.constantFrom("", " ", "\n\t "),
  })
  .map(({ value, indent, escapeNonAscii, escapeSlash, padding }) => {
    let text = JSON.stringify(value, null, indent);
    // Outside strings JSON text is ASCII without '/', so these rewrites only touch strings.
    if (escapeNonAscii) {
      text = text.replace(
        /[^ -~\t\n\r]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );
    }
    if (escapeSlash) text = text.replaceAll("/", "\\/");
    return `${padding}${text}${padding}`;
  });

/** `text` split at arbitrary cut points (sometimes one character per chunk). */
function splitArbitrary(text: string): fc.Arbitrary<readonly string[]> {
  const cuts = fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), {
    maxLength: Math.min(40, text.length),
  });
  return fc.oneof(
    cuts.map((points) => {
      const sorted = points.filter((p) => p < text.length).sort((a, b) => a - b);
      return [0, ...sorted].map((start, i) => text.slice(start, sorted[i] ?? text.length));
    }),
    fc.constant(text.split("")),
  );
}

const textAndChunks = jsonText.chain((text) =>
  splitArbitrary(text).map((chunks) => ({ text, chunks })),
);

const NUMBER_PREFIX = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null;
}

/**
 * Asserts that `partial` is what the partial-value rules allow for a prefix of the text of `final`:
 * strings are prefixes, numbers come from complete prefixes of the number's text, literals are
 * exact, arrays are no longer and objects have no extra keys; every child but the one being
 * written is already final.
 */
function expectPrefixConsistent(partial: unknown, final: unknown): void {
  if (partial === undefined) return;
  if (typeof final === "string") {
    expect(typeof partial).toBe("string");
    expect(final.startsWith(partial as string)).toBe(true);
  } else if (typeof final === "number") {
    const text = JSON.stringify(final);
    const allowed = [...text]
      .map((_, k) => text.slice(0, k + 1))
      .filter((p) => NUMBER_PREFIX.test(p));
    expect(allowed.map(Number)).toContain(partial);
  } else if (Array.isArray(final)) {
    expect(Array.isArray(partial)).toBe(true);
    const items = partial as unknown[];
    expect(items.length).toBeLessThanOrEqual(final.length);
    items.forEach((item, i) => {
      if (i < items.length - 1) expect(item).toStrictEqual(final[i]);
      else expectPrefixConsistent(item, final[i]);
    });
  } else if (isContainer(final)) {
    expect(isContainer(partial) && !Array.isArray(partial)).toBe(true);
    expect(Object.getPrototypeOf(partial)).toBe(Object.prototype);
    const finalEntries = new Map(Object.entries(final));
    let unfinished = 0;
    for (const [key, value] of Object.entries(partial as Record<string, unknown>)) {
      expect(finalEntries.has(key)).toBe(true);
      expectPrefixConsistent(value, finalEntries.get(key));
      if (!isDeepStrictEqual(value, finalEntries.get(key))) unfinished++;
    }
    expect(unfinished).toBeLessThanOrEqual(1);
  } else {
    expect(partial).toBe(final);
  }
}

/** Asserts that equal containers of two consecutive snapshots are the same object. */
function expectSharing(before: unknown, after: unknown): void {
  if (!isContainer(before) || !isContainer(after)) return;
  if (isDeepStrictEqual(before, after)) {
    expect(after).toBe(before);
    return;
  }
  if (Array.isArray(before) !== Array.isArray(after)) return;
  const beforeEntries = new Map(Object.entries(before));
  for (const [key, value] of Object.entries(after)) {
    if (beforeEntries.has(key)) expectSharing(beforeEntries.get(key), value);
  }
}

describe("partial JSON parser properties", () => {
  it("ends with JSON.parse of the text, for any value and any split", () => {
    fc.assert(
      fc.property(textAndChunks, ({ text, chunks }) => {
        const parser = createPartialJsonParser();
        for (const chunk of chunks) parser.push(chunk);
        expect(parser.end()).toStrictEqual(JSON.parse(text));
        expect(parser.length).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("snapshots are prefix-consistent, immutable and share unchanged subtrees", () => {
    fc.assert(
      fc.property(textAndChunks, ({ text, chunks }) => {
        const final = JSON.parse(text);
        const parser = createPartialJsonParser();
        const snapshots: Array<{ value: unknown; copy: unknown }> = [];
        for (const chunk of chunks) {
          parser.push(chunk);
          const value = parser.snapshot();
          expectPrefixConsistent(value, final);
          const previous = snapshots[snapshots.length - 1];
          if (previous !== undefined) expectSharing(previous.value, value);
          snapshots.push({ value, copy: structuredClone(value) });
        }
        parser.end();
        expect(parser.snapshot()).toStrictEqual(final);
        for (const { value, copy } of snapshots) expect(value).toStrictEqual(copy);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("agrees with JSON.parse on mutated and truncated JSON: same value or JsonParseError", () => {
    const alphabet = fc.constantFrom(...'{}[]",:0123456789-+.eEtrufalsn \\u/\n`x'.split(""));
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), char: alphabet }),
      fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), char: alphabet }),
      fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
    );
    const mutated = fc
      .tuple(jsonText, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([text, mutations]) =>
        mutations.reduce((t, m) => {
          const at = t.length === 0 ? 0 : m.at % (t.length + 1);
          if (m.kind === "delete") return t.slice(0, at) + t.slice(at + 1);
          if (m.kind === "truncate") return t.slice(0, at);
          if (m.kind === "insert") return t.slice(0, at) + m.char + t.slice(at);
          return t.slice(0, at) + m.char + t.slice(at + 1);
        }, text),
      )
      .chain((text) => splitArbitrary(text).map((chunks) => ({ text, chunks })));
    fc.assert(
      fc.property(mutated, ({ text, chunks }) => {
        let expected: { value: unknown } | undefined;
        try {
          expected = { value: JSON.parse(text) };
        } catch {
          expected = undefined; // invalid JSON: ours must throw JsonParseError
        }
        const parser = createPartialJsonParser();
        try {
          for (const chunk of chunks) {
            parser.push(chunk);
            parser.snapshot();
          }
          const value = parser.end();
          expect(expected).toBeDefined();
          expect(value).toStrictEqual(expected?.value);
        } catch (error) {
          if (!JsonParseError.isInstance(error)) throw error;
          expect(expected).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("reports every element of the top-level array, in order, equal to the final ones", () => {
    const arrays = fc.array(jsonValue, { maxLength: 8 }).chain((items) => {
      const text = JSON.stringify(items, null, 1);
      // Compare with the parsed text: stringify writes -0 as 0.
      const parsed: unknown[] = JSON.parse(text);
      return splitArbitrary(text).map((chunks) => ({ items: parsed, chunks }));
    });
    fc.assert(
      fc.property(arrays, ({ items, chunks }) => {
        const seen: unknown[] = [];
        const parser = createPartialJsonParser({
          elements: { onElement: (value, index) => seen.push([index, value]) },
        });
        for (const chunk of chunks) parser.push(chunk);
        const final = parser.end() as unknown[];
        expect(seen).toStrictEqual(items.map((item, i) => [i, item]));
        seen.forEach((entry, i) => {
          if (isContainer(final[i])) expect((entry as unknown[])[1]).toBe(final[i]);
        });
      }),
    );
  });
});
