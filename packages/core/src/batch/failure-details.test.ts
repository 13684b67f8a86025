import { describe, expect, it } from "vitest";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { RetryError } from "../errors/retry-error.js";
import { errorToJson, rawOutputOf } from "./failure-details.js";

const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };

describe("failure details", () => {
  it("finds what the model last wrote", () => {
    const parse = new JsonParseError("bad", { rawText: "{oops" });
    const retry = new RetryError("spent", {
      attempts: [
        { attempt: 1, rawText: "first", error: parse },
        { attempt: 2, rawText: "second", error: parse },
      ],
      usage,
    });
    expect(rawOutputOf(retry)).toBe("second");
    expect(rawOutputOf(parse)).toBe("{oops");
    expect(rawOutputOf(new IncompleteOutputError("cut", { rawText: '{"a":' }))).toBe('{"a":');
    expect(rawOutputOf(new RefusalError("no", { refusal: "I can't" }))).toBe("I can't");
    const dropped = new ProviderError("reset", {
      provider: "p",
      isRetryable: true,
      partialText: '{"na',
    });
    expect(rawOutputOf(dropped)).toBe('{"na');
    expect(rawOutputOf(new Error("plain"))).toBeNull();
  });

  it("turns any error into log-safe JSON", () => {
    expect(errorToJson(new RefusalError("no", { refusal: "x" }))).toEqual({
      name: "RefusalError",
      message: "no",
      refusal: "x",
    });
    expect(errorToJson(new TypeError("t"))).toEqual({ name: "TypeError", message: "t" });
    expect(errorToJson("weird")).toEqual({ name: "Error", message: "weird" });
  });
});
