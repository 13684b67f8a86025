import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { thrownBy } from "../testing/thrown-by.fixture.js";
import { parseProviderJson } from "./parse-provider-json.js";

const wire = z.object({ id: z.string(), n: z.number().optional() });

function failureOf(text: string): ProviderError {
  return thrownBy(() => parseProviderJson(wire, text, "acme"), ProviderError.isInstance);
}

describe("parseProviderJson", () => {
  it("returns the schema's output for JSON of the right shape", () => {
    const parsed: { id: string; n?: number | undefined } = parseProviderJson(
      wire,
      '{"id":"a","n":2,"extra":true}',
      "acme",
    );
    expect(parsed).toEqual({ id: "a", n: 2 });
    expect(parseProviderJson(z.string().transform(Number), '"7"', "acme")).toBe(7);
  });

  it("throws a non-retryable ProviderError with zod's message for JSON of another shape", () => {
    const error = failureOf('{"id":1}');
    const expected = wire.safeParse({ id: 1 }).error?.message;
    expect(expected).toBeTruthy();
    expect(error.message).toBe(`acme: unexpected response: ${expected}`);
    expect(error).toMatchObject({ provider: "acme", isRetryable: false, status: undefined });
    expect(error.headers).toEqual({});
  });

  it("treats text that is not JSON as a value of the wrong shape, not a SyntaxError", () => {
    const error = failureOf("<html>bad gateway</html>");
    expect(error.message).toBe(
      `acme: unexpected response: ${wire.safeParse(undefined).error?.message}`,
    );
    expect(error.isRetryable).toBe(false);
    // A schema that accepts anything sees `undefined` for text that is not JSON.
    expect(parseProviderJson(z.unknown(), "not json", "acme")).toBeUndefined();
  });
});
