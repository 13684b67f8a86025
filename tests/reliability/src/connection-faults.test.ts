import { fromCerebras } from "@instr/cerebras";
import { ProviderError } from "@instr/core";
import { fromOpenAI } from "@instr/openai";
import { describe, expect, it } from "vitest";
import { closedPort } from "./support/closed-port.js";
import { JASON, jsonAnswer, userCall } from "./support/fixtures.js";
import { cerebrasClient, openaiClient, useMockProvider } from "./support/mock-provider.js";
import { elapsedSince, rejectionOf } from "./support/outcome.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

describe("connection refused", () => {
  it.each([
    ["cerebras", (port: number) => fromCerebras(cerebrasClient(`http://127.0.0.1:${port}`))],
    ["openai", (port: number) => fromOpenAI(openaiClient(`http://127.0.0.1:${port}/v1`))],
  ] as const)("%s: a retryable ProviderError without a status, at once", async (provider, make) => {
    const instructor = make(await closedPort());
    const start = performance.now();
    const error = await rejectionOf(instructor.generate(userCall()));
    expect(elapsedSince(start)).toBeLessThan(2000);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider, isRetryable: true, status: undefined });
    // The cause chain keeps the socket error for diagnosis.
    expect(JSON.stringify(causeChain(error))).toMatch(/ECONNREFUSED/);
  });
});

describe.each(["cerebras", "openai"] as const)("reset before headers (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);

  it("without transport retries: one request, a retryable ProviderError", async () => {
    provider.server.enqueue({ type: "drop" });
    const error = await rejectionOf(provider.instructor().generate(userCall()));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: dialect, isRetryable: true, status: undefined });
    expect(provider.server.requests).toHaveLength(1);
  });

  it("with a transport retry: the SDK reconnects and the call succeeds", async () => {
    provider.server.enqueue({ type: "drop" }, jsonAnswer());
    const instructor = provider.instructor({ transport: { maxRetries: 1 } });
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    expect(provider.server.requests).toHaveLength(2);
  });
});

/** The messages and codes along an error's `cause` chain. */
function causeChain(error: unknown): { message: string; code: unknown }[] {
  const chain: { message: string; code: unknown }[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 8; e = e.cause) {
    chain.push({ message: e.message, code: Reflect.get(e, "code") });
  }
  return chain;
}
