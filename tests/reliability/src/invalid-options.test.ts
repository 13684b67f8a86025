import { InstructorError } from "@instr/core";
import { describe, expect, it } from "vitest";
import { userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { rejectionOf } from "./support/outcome.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

describe("invalid call options (Cerebras SDK)", () => {
  const provider = useMockProvider("cerebras");

  it.each([
    ["timeoutMs: -1", { timeoutMs: -1 }, /timeoutMs must be a finite number >= 0/],
    ["timeoutMs: NaN", { timeoutMs: Number.NaN }, /timeoutMs must be a finite number >= 0/],
    ["maxRetries: -1", { maxRetries: -1 }, /maxRetries must be an integer >= 0/],
    ["maxRetries: 1.5", { maxRetries: 1.5 }, /maxRetries must be an integer >= 0/],
  ] as const)("%s: an InstructorError before any request", async (_, options, message) => {
    const error = await rejectionOf(provider.instructor().generate(userCall(options)));
    expect(InstructorError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(provider.server.requests).toHaveLength(0);
  });
});
