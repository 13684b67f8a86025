import { APICallError, InvalidPromptError } from "@ai-sdk/provider";
import { ProviderError } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { toProviderError } from "./to-provider-error.js";

/** A failure of the "acme" provider without a key. */
const acme = { provider: "acme", apiKey: undefined };

const apiKey = "sk-secret-key-0123456789";

describe("toProviderError", () => {
  it("keeps an APICallError's status, retry headers and the provider's verdict; no key anywhere", () => {
    const error = new APICallError({
      message: `bad key ${apiKey}`,
      url: "http://127.0.0.1/v1/chat/completions",
      requestBodyValues: { headers: { authorization: `Bearer ${apiKey}` } },
      statusCode: 429,
      responseHeaders: {
        "retry-after": "7",
        "x-ratelimit-remaining-requests": "0",
        "set-cookie": "a",
      },
      responseBody: `{"error":"${apiKey}"}`,
      isRetryable: false,
    });
    const mapped = toProviderError(error, { provider: "acme", apiKey, partialText: '{"na' });
    expect(mapped).toMatchObject({
      provider: "acme",
      status: 429,
      isRetryable: false,
      headers: { "retry-after": "7", "x-ratelimit-remaining-requests": "0" },
      partialText: '{"na',
    });
    expect(mapped.headers).not.toHaveProperty("set-cookie");
    expect(mapped.message).toBe("acme: 429 bad key [redacted]");
    const { cause } = mapped;
    expect(cause).toBeInstanceOf(APICallError);
    expect(JSON.stringify(cause)).not.toContain(apiKey);
    if (cause instanceof Error) expect(cause.stack).not.toContain(apiKey);
  });

  it("gives no status for a success status (the body broke after the answer began)", () => {
    const error = new APICallError({
      message: "broken body",
      url: "http://127.0.0.1/x",
      requestBodyValues: {},
      statusCode: 200,
    });
    expect(toProviderError(error, acme)).toMatchObject({ isRetryable: false });
    expect(toProviderError(error, acme).status).toBeUndefined();
  });

  it("maps other AI SDK errors as not retryable and anything else as a retryable transport failure", () => {
    const invalid = toProviderError(
      new InvalidPromptError({ prompt: [], message: "no messages" }),
      acme,
    );
    expect(invalid).toMatchObject({ isRetryable: false });
    expect(invalid.message).toContain("no messages");
    const dropped = toProviderError(new TypeError("terminated"), acme);
    expect(dropped).toMatchObject({
      isRetryable: true,
      message: "acme: request failed: terminated",
    });
    const ours = new ProviderError("acme: x", {
      provider: "acme",
      isRetryable: false,
      headers: {},
    });
    expect(toProviderError(ours, acme)).toBe(ours);
  });
});
