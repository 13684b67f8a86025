import { describe, expect, it } from "vitest";
import { IncompleteOutputError } from "./incomplete-output-error.js";
import { InstructorError } from "./instructor-error.js";
import { JsonParseError } from "./json-parse-error.js";
import { ProviderError } from "./provider-error.js";
import { RefusalError } from "./refusal-error.js";
import { RetryError } from "./retry-error.js";
import { UnsupportedModeError } from "./unsupported-mode-error.js";
import { UnsupportedSchemaError } from "./unsupported-schema-error.js";
import { ValidationError } from "./validation-error.js";

const cause = new Error("root cause");
const instances = {
  "instr.error.validation": [
    ValidationError,
    new ValidationError("v", { issues: [], rawText: "{}", value: {} }, { cause }),
  ],
  "instr.error.json-parse": [JsonParseError, new JsonParseError("j", { rawText: "{" }, { cause })],
  "instr.error.provider": [
    ProviderError,
    new ProviderError("p", { provider: "x", isRetryable: false }, { cause }),
  ],
  "instr.error.incomplete-output": [
    IncompleteOutputError,
    new IncompleteOutputError("i", { rawText: "" }, { cause }),
  ],
  "instr.error.refusal": [RefusalError, new RefusalError("r", { refusal: "no" }, { cause })],
  "instr.error.unsupported-mode": [
    UnsupportedModeError,
    new UnsupportedModeError("u", { mode: "tools", provider: "x", supportedModes: [] }, { cause }),
  ],
  "instr.error.unsupported-schema": [
    UnsupportedSchemaError,
    new UnsupportedSchemaError(
      "s",
      {
        mode: "tools",
        provider: "x",
        supportedModes: [],
        issues: [{ pointer: "/a", problem: "p" }],
      },
      { cause },
    ),
  ],
} as const;

/** What a second copy of @instr/core would produce: another class, the same global markers. */
function duplicateCopyError(marker: string): Error {
  class DuplicateError extends Error {}
  const error = new DuplicateError("from another copy");
  Object.defineProperty(error, Symbol.for("instr.error"), { value: true });
  Object.defineProperty(error, Symbol.for(marker), { value: true });
  return error;
}

describe("error classes", () => {
  it.each(Object.entries(instances))(
    "%s: isInstance, cause, name and base class",
    (marker, [Class, error]) => {
      expect(Class.isInstance(error)).toBe(true);
      expect(InstructorError.isInstance(error)).toBe(true);
      expect(error.cause).toBe(cause);
      expect(error.name).toBe(Class.name);
      expect(Class.isInstance(duplicateCopyError(marker))).toBe(true);
      expect(Class.isInstance(duplicateCopyError("instr.error.other"))).toBe(false);
      expect(Class.isInstance(new Error("plain"))).toBe(false);
      expect(Class.isInstance(null)).toBe(false);
    },
  );

  it("tells the classes apart", () => {
    const {
      "instr.error.validation": [, validation],
    } = instances;
    expect(JsonParseError.isInstance(validation)).toBe(false);
    expect(InstructorError.isInstance(duplicateCopyError("instr.error.validation"))).toBe(true);
  });

  it("UnsupportedSchemaError is an UnsupportedModeError with the pointer of its first issue", () => {
    const issues = [
      { pointer: "/properties/a/not", problem: "`not` is not supported" },
      { pointer: "", problem: "too big" },
    ] as const;
    const error = new UnsupportedSchemaError("s", {
      mode: "json_schema",
      provider: "x",
      supportedModes: ["json_schema"],
      issues,
    });
    expect(UnsupportedModeError.isInstance(error)).toBe(true);
    expect(UnsupportedSchemaError.isInstance(new UnsupportedModeError("u", error))).toBe(false);
    expect(error.pointer).toBe("/properties/a/not");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "UnsupportedSchemaError",
      mode: "json_schema",
      pointer: "/properties/a/not",
      issues,
    });
  });

  it("RetryError keeps every attempt, summed usage and the last error as cause", () => {
    const usage = { promptTokens: 1, completionTokens: 2, totalTokens: 3 };
    const first = new ValidationError("first", { issues: [], rawText: "a", value: "a" });
    const last = new JsonParseError("bad", { rawText: "{" });
    const error = new RetryError("spent", {
      attempts: [
        { attempt: 1, rawText: "a", error: first },
        { attempt: 2, rawText: "{", error: last, usage },
      ],
      usage,
    });
    expect(RetryError.isInstance(error)).toBe(true);
    expect(RetryError.isInstance(duplicateCopyError("instr.error.retry"))).toBe(true);
    expect(error.cause).toBe(last);
    expect(error.toJSON()).toMatchObject({
      name: "RetryError",
      attempts: [
        { attempt: 1, rawText: "a", error: { name: "ValidationError", message: "first" } },
        { attempt: 2, error: { name: "JsonParseError", rawText: "{" } },
      ],
    });
  });
});

describe("the shared error mechanism", () => {
  /** A subclass of a subclass, written as a user of the package would. */
  class RateLimitError extends ProviderError {
    static override readonly isInstance = this.markerGuard("test.error.rate-limit");
    declare readonly retryAfterMs: number;

    constructor(fields: { retryAfterMs: number }) {
      super("slow down", { provider: "x", status: 429, isRetryable: true });
      this.name = "RateLimitError";
      this.assignFields(fields, ["retryAfterMs"]);
    }
  }

  it("recognises a subclass of a subclass by every class above it, and only those", () => {
    const error = new RateLimitError({ retryAfterMs: 1500 });
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(InstructorError.isInstance(error)).toBe(true);
    expect(RefusalError.isInstance(error)).toBe(false);
    const plain = new ProviderError("p", { provider: "x", isRetryable: false });
    expect(RateLimitError.isInstance(plain)).toBe(false);
    expect(UnsupportedSchemaError.isInstance(new UnsupportedModeError("u", schemaFields))).toBe(
      false,
    );
    const schema = new UnsupportedSchemaError("s", schemaFields);
    expect(UnsupportedModeError.isInstance(schema)).toBe(true);
    expect(UnsupportedSchemaError.isInstance(schema)).toBe(true);
  });

  it("lists every field of every class in toJSON, the upper class's first", () => {
    expect(Object.entries(new RateLimitError({ retryAfterMs: 1500 }).toJSON())).toEqual([
      ["name", "RateLimitError"],
      ["message", "slow down"],
      ["provider", "x"],
      ["status", 429],
      ["isRetryable", true],
      ["headers", {}],
      ["retryAfterMs", 1500],
    ]);
    expect(Object.entries(new UnsupportedSchemaError("s", schemaFields).toJSON())).toEqual([
      ["name", "UnsupportedSchemaError"],
      ["message", "s"],
      ["mode", "tools"],
      ["provider", "x"],
      ["supportedModes", ["json"]],
      ["pointer", "/b"],
      ["issues", schemaFields.issues],
    ]);
  });

  it("leaves undefined fields out of toJSON and keeps the rest in the class's order", () => {
    const bare = new JsonParseError("j", { rawText: "{" });
    expect(Object.keys(bare.toJSON())).toEqual(["name", "message", "rawText"]);
    expect(Object.keys(bare)).toEqual(["name", "rawText", "position", "hint"]);
    const full = new JsonParseError("j", { hint: "h", position: 1, rawText: "{" });
    expect(Object.keys(full.toJSON())).toEqual(["name", "message", "rawText", "position", "hint"]);
    expect(JSON.stringify(full)).toBe(
      '{"name":"JsonParseError","message":"j","rawText":"{","position":1,"hint":"h"}',
    );
  });

  it("keeps a field out of toJSON where the class says so (ValidationError's value)", () => {
    const error = new ValidationError("v", { issues: [], rawText: "{}", value: { a: 1 } });
    expect(error.value).toEqual({ a: 1 });
    expect(error.toJSON()).toEqual({
      name: "ValidationError",
      message: "v",
      issues: [],
      rawText: "{}",
    });
  });

  it("copies only the declared fields, whatever else the argument holds", () => {
    const fields = { refusal: "no", secret: "k-123" };
    const error = new RefusalError("r", fields);
    expect(Object.keys(error)).toEqual(["name", "refusal"]);
    expect(JSON.stringify(error)).not.toContain("k-123");
  });

  it("gives guards that need no `this`, so they can be passed as callbacks", () => {
    const errors: unknown[] = [new RefusalError("r", { refusal: "no" }), new Error("plain")];
    const refusals: RefusalError[] = errors.filter(RefusalError.isInstance);
    expect(refusals.map((e) => e.refusal)).toEqual(["no"]);
    expect(errors.filter(InstructorError.isInstance)).toHaveLength(1);
  });
});

const schemaFields = {
  mode: "tools",
  provider: "x",
  supportedModes: ["json"],
  issues: [
    { pointer: "/b", problem: "p" },
    { pointer: "/c", problem: "q" },
  ],
} as const;
