import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { resolveJsonLimits } from "../json/resolve-json-limits.js";
import { thrownBy } from "../testing/thrown-by.fixture.js";
import { formatIssues } from "./format-issues.js";
import { modelSpecOf } from "./model/model-spec-of.js";
import { validateValue } from "./model/validate-value.js";
import { parseJsonText } from "./parse-json-text.js";

const defaults = resolveJsonLimits();

/** What `run` threw, or what the promise it returned rejected with. */
async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

function parseError(text: string, limits = defaults): JsonParseError {
  return thrownBy(() => parseJsonText(text, limits), JsonParseError.isInstance);
}

describe("parseJsonText", () => {
  it("parses one JSON value", () => {
    expect(parseJsonText(' {"a": [1, null]} ', defaults)).toEqual({ a: [1, null] });
  });

  it("keeps __proto__ and constructor keys as own data properties", () => {
    const value = parseJsonText(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
      defaults,
    );
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: true });
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("checks the limits before parsing: length, then depth", () => {
    const limits = resolveJsonLimits({ maxLength: 13, maxDepth: 2 });
    expect(parseJsonText('[[1], ["[["]]', limits)).toEqual([[1], ["[["]]);
    expect(parseError("[[1], [[2]]]", limits).message).toMatch(/deeper than the limit of 2/);
    expect(parseError("[[1], [2]]   x", limits).message).toMatch(/longer than the limit of 13/);
    // Past the limit a valid text is refused too; within it, invalid JSON is reported as such.
    expect(parseError("[[[]]] x", limits).message).toMatch(/deeper than the limit/);
    expect(parseError("[[] x", limits).message).toMatch(/^The answer is not valid JSON: /);
  });

  it("reports the text and the position of the problem", () => {
    expect(parseError('{"a":1} x')).toMatchObject({ rawText: '{"a":1} x', position: 8 });
    expect(parseError('{"a":1').position).toBe(6);
    expect(parseError("{a}").message).toMatch(/^The answer is not valid JSON: /);
  });
});

describe("validateValue", () => {
  const Model = z.object({
    name: z.string(),
    items: z.array(z.object({ "odd key": z.number() })),
    n: z.number().transform((v) => v * 2),
  });

  it("returns zod's output; at once when the schema is sync", async () => {
    const Plain = z.object({ name: z.string() });
    expect(validateValue(modelSpecOf(Plain), { name: "a" }, "")).toEqual({ name: "a" });
    expect(await validateValue(modelSpecOf(Model), { name: "a", items: [], n: 2 }, "")).toEqual({
      name: "a",
      items: [],
      n: 4,
    });
  });

  it("types a stack overflow of validation as a JsonParseError (re-asked, not a RangeError)", async () => {
    interface Tree {
      children: Tree[];
    }
    const Tree: z.ZodType<Tree> = z.lazy(() => z.object({ children: z.array(Tree) }));
    let deep: Tree = { children: [] };
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] };
    const error = await failureOf(() => validateValue(modelSpecOf(Tree), deep, "RAW"));
    if (!JsonParseError.isInstance(error)) throw error;
    expect(error.message).toMatch(/nested too deeply to validate .* limits\.maxDepth/);
    expect(error.rawText).toBe("RAW");
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("lets an error thrown by the schema's own code propagate as it is", async () => {
    const thrown = new RangeError("my refine's own range check");
    const Refined = z.string().refine(() => {
      throw thrown;
    });
    expect(await failureOf(() => validateValue(modelSpecOf(Refined), { value: "x" }, ""))).toBe(
      thrown,
    );
    const AsyncRefined = z.string().refine(async () => {
      throw thrown;
    });
    await expect(validateValue(modelSpecOf(AsyncRefined), { value: "x" }, "")).rejects.toBe(thrown);
  });

  it("throws ValidationError with issues, raw text, value and one line per issue", async () => {
    const value = { items: [{ "odd key": "1" }], n: 1 };
    const error = await failureOf(() => validateValue(modelSpecOf(Model), value, "RAW"));
    if (!ValidationError.isInstance(error)) throw error;
    expect(error.rawText).toBe("RAW");
    expect(error.value).toBe(value);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      'The answer does not match the response model (2 issues):\n- name: Invalid input: expected string, received undefined\n- items[0]["odd key"]: Invalid input: expected number, received string',
    );
    const AsyncModel = z.object({ n: z.number().refine(async (v) => v > 1, "too small") });
    const pending = validateValue(modelSpecOf(AsyncModel), { n: 1 }, "RAW");
    expect(pending).toBeInstanceOf(Promise);
    const rejected = await Promise.resolve(pending).catch((e: unknown) => e);
    if (!ValidationError.isInstance(rejected)) throw rejected;
    expect(rejected.message).toBe(
      "The answer does not match the response model (1 issue):\n- n: too small",
    );
  });
});

describe("formatIssues", () => {
  it("names the root", () => {
    expect(formatIssues([{ code: "custom", path: [], message: "nope", input: 1 }])).toBe(
      "- (root): nope",
    );
  });
});
