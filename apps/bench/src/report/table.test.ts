import { describe, expect, it } from "vitest";
import { formatTable } from "./table.js";

describe("formatTable", () => {
  it("aligns the first column left and the others right, under a rule", () => {
    const text = formatTable({
      headers: ["size", "ms"],
      rows: [
        ["16 KiB", "3"],
        ["256 KiB", "120"],
      ],
    });
    expect(text.split("\n")).toEqual([
      "size      ms",
      "-------  ---",
      "16 KiB     3",
      "256 KiB  120",
    ]);
  });

  it("rejects a row whose cells do not match the headers", () => {
    expect(() => formatTable({ headers: ["a", "b"], rows: [["1"]] })).toThrow(RangeError);
  });
});
