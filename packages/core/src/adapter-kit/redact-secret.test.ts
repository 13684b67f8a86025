import { describe, expect, it } from "vitest";
import { redactSecret } from "./redact-secret.js";

describe("redactSecret", () => {
  const key = "sk-test-0123456789";

  it("replaces every occurrence of the secret", () => {
    expect(redactSecret(`Incorrect API key ${key}; you sent ${key}.`, key)).toBe(
      "Incorrect API key [redacted]; you sent [redacted].",
    );
  });

  it("treats the secret as text, not as a pattern", () => {
    expect(redactSecret("key a.b*c+d? and axbxcxd", "a.b*c+d?")).toBe("key [redacted] and axbxcxd");
  });

  it("leaves the text alone without a secret or with one too short to be a key", () => {
    expect(redactSecret("status 401", undefined)).toBe("status 401");
    expect(redactSecret("status 401", null)).toBe("status 401");
    expect(redactSecret("status 401", "")).toBe("status 401");
    expect(redactSecret("status 401", "401")).toBe("status 401");
  });
});
