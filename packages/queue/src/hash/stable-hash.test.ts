import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableHash } from "./stable-hash.js";

describe("stableHash", () => {
  it("hashes the JSON with keys sorted at every depth", () => {
    const sorted = '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}';
    expect(stableHash({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      createHash("sha256").update(sorted).digest("hex"),
    );
  });

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
