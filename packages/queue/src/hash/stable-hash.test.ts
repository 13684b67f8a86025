import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableHash, stableStringify } from "./stable-hash.js";

describe("stableStringify", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("drops undefined properties like JSON does", () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it("keeps __proto__ as data", () => {
    expect(stableStringify(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1}}');
  });
});

describe("stableHash", () => {
  it("is the same for any key order and differs for different values", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(stableHash(reversed)).toBe(stableHash(record));
        expect(stableHash({ ...record, "\u0000extra": 1 })).not.toBe(stableHash(record));
      }),
    );
  });
});
