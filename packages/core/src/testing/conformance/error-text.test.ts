import { describe, expect, it } from "vitest";
import { ProviderError } from "../../errors/provider-error.js";
import { errorText } from "./error-text.js";

describe("errorText", () => {
  it("includes the messages, JSON and stacks of the whole cause chain", () => {
    const root = Object.assign(new Error("root secret-in-message"), { body: "secret-in-body" });
    const error = new ProviderError(
      "outer",
      { provider: "p", isRetryable: false, headers: { h: "secret-in-header" } },
      { cause: root },
    );
    const text = errorText(error);
    for (const part of ["outer", "secret-in-message", "secret-in-body", "secret-in-header"]) {
      expect(text).toContain(part);
    }
  });

  it("survives circular causes and values JSON cannot serialise", () => {
    const error = new Error("loop");
    Object.assign(error, { cause: error, big: 1n });
    expect(errorText(error)).toContain("loop");
  });
});
