import {
  createInstructor,
  Mode,
  RetryError,
  UnsupportedModeError,
  ValidationError,
} from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { describe, expect, it, vi } from "vitest";
import { badAgeText, jason, jasonText, model, User } from "./support/fixtures.js";

// The InstructorOptions / GenerateParams contract, driven through MockAdapter's recorded requests.
describe("createInstructor options", () => {
  it("defaults the mode to adapter.defaultMode", async () => {
    const adapter = new MockAdapter({
      defaultMode: Mode.MD_JSON,
      responses: [{ text: jasonText }],
    });
    const client = createInstructor({ adapter });
    await expect(
      client.generate({ responseModel: User, model, prompt: "Jason is 25" }),
    ).resolves.toEqual(jason);
    expect(adapter.requests.map((r) => r.mode)).toEqual([Mode.MD_JSON]);
  });

  it("takes mode from the options, and a per-call mode over it", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }, { text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await client.generate({ responseModel: User, model, prompt: "p" });
    await client.generate({ responseModel: User, model, prompt: "p", mode: Mode.MD_JSON });
    expect(adapter.requests.map((r) => r.mode)).toEqual([Mode.JSON, Mode.MD_JSON]);
  });

  it("re-asks twice by default: 3 attempts, then RetryError", async () => {
    const adapter = new MockAdapter({
      responses: Array.from({ length: 5 }, () => ({ text: badAgeText })),
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await client
      .generate({ responseModel: User, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(RetryError.isInstance(error)).toBe(true);
    expect(adapter.requests).toHaveLength(3);
  });

  it("maxRetries counts re-asks after the first attempt (options and per call)", async () => {
    const adapter = new MockAdapter({
      responses: Array.from({ length: 10 }, () => ({ text: badAgeText })),
    });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow();
    expect(adapter.requests).toHaveLength(1);
    await expect(
      client.generate({ responseModel: User, model, prompt: "p", maxRetries: 3 }),
    ).rejects.toThrow();
    expect(adapter.requests).toHaveLength(1 + 4);
  });

  it("retry: { maxRetries, onRetry } wins over maxRetries", async () => {
    const adapter = new MockAdapter({
      responses: [{ text: badAgeText }, { text: badAgeText }, { text: jasonText }],
    });
    const onRetry = vi.fn();
    const client = createInstructor({
      adapter,
      mode: Mode.JSON,
      maxRetries: 0,
      retry: { maxRetries: 2, onRetry },
    });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
    expect(adapter.requests).toHaveLength(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("validationHook gets (value, retryCount, ValidationError), retryCount 1 on the first failure", async () => {
    const adapter = new MockAdapter({
      responses: [{ text: badAgeText }, { text: badAgeText }, { text: jasonText }],
    });
    const calls: [unknown, number, boolean][] = [];
    const client = createInstructor({
      adapter,
      mode: Mode.JSON,
      validationHook: (value, retryCount, error) => {
        calls.push([value, retryCount, ValidationError.isInstance(error)]);
        return true;
      },
    });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
    const parsed = JSON.parse(badAgeText);
    expect(calls).toEqual([
      [parsed, 1, true],
      [parsed, 2, true],
    ]);
  });

  it("validationHook returning false (sync or async) stops retrying", async () => {
    for (const verdict of [() => false, async () => false]) {
      const adapter = new MockAdapter({ responses: [{ text: badAgeText }, { text: jasonText }] });
      const client = createInstructor({ adapter, mode: Mode.JSON, validationHook: verdict });
      await expect(client.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow();
      expect(adapter.requests).toHaveLength(1);
    }
  });

  it("with() patches options and leaves the original client alone", async () => {
    const adapter = new MockAdapter({
      responses: Array.from({ length: 10 }, () => ({ text: badAgeText })),
    });
    const base = createInstructor({ adapter, mode: Mode.JSON });
    const patched = base.with({ maxRetries: 0, mode: Mode.MD_JSON });
    await expect(patched.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow();
    expect(adapter.requests.map((r) => r.mode)).toEqual([Mode.MD_JSON]);
    await expect(base.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow();
    expect(adapter.requests.slice(1).map((r) => r.mode)).toEqual([Mode.JSON, Mode.JSON, Mode.JSON]);
  });

  it("prompt is one user message; system and messages come along", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }, { text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
    await client.generate({
      responseModel: User,
      model,
      prompt: "Jason is 25",
      system: "Be terse.",
    });
    const first = adapter.requests[0];
    expect(first?.messages.filter((m) => m.role === "user")).toEqual([
      { role: "user", content: "Jason is 25" },
    ]);
    expect(
      first?.messages.some(
        (m) =>
          m.role === "system" && typeof m.content === "string" && m.content.includes("Be terse."),
      ),
    ).toBe(true);
    await client.generate({
      responseModel: User,
      model,
      messages: [
        { role: "user", content: "Who?" },
        { role: "assistant", content: "Whom do you mean?" },
        { role: "user", content: "Jason, 25" },
      ],
    });
    expect(adapter.requests[1]?.messages.filter((m) => m.role !== "system")).toEqual([
      { role: "user", content: "Who?" },
      { role: "assistant", content: "Whom do you mean?" },
      { role: "user", content: "Jason, 25" },
    ]);
  });

  it("passes model, temperature, maxTokens, signal and providerOptions to the adapter", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const signal = new AbortController().signal;
    await client.generate({
      responseModel: User,
      model: "my-model",
      prompt: "p",
      temperature: 0.2,
      maxTokens: 99,
      signal,
      providerOptions: { mock: { seed: 7 } },
    });
    const request = adapter.requests[0];
    expect(request).toMatchObject({
      model: "my-model",
      temperature: 0.2,
      maxTokens: 99,
      providerOptions: { mock: { seed: 7 } },
    });
    expect(request?.signal).toBeInstanceOf(AbortSignal);
    expect(request?.schema.jsonSchema).toMatchObject({ type: "object" });
    expect(typeof request?.schema.name).toBe("string");
  });

  it("timeoutMs bounds a call whose provider never answers", async () => {
    const adapter = new MockAdapter({ responses: [() => new Promise(() => {})] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await expect(
      client.generate({ responseModel: User, model, prompt: "p", timeoutMs: 50 }),
    ).rejects.toThrow();
    expect(adapter.requests[0]?.signal?.aborted).toBe(true);
  });

  it("converts a schema once per schema object (the adapter sees the same JSON Schema)", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }, { text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await client.generate({ responseModel: User, model, prompt: "p" });
    await client.generate({ responseModel: User, model, prompt: "q" });
    const [first, second] = adapter.requests;
    expect(second?.schema.jsonSchema).toBe(first?.schema.jsonSchema);
  });

  it("an aborted signal rejects the call", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await expect(
      client.generate({ responseModel: User, model, prompt: "p", signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });

  it("a mode the adapter does not support is UnsupportedModeError before any request", async () => {
    const adapter = new MockAdapter({
      supportedModes: [Mode.JSON],
      responses: [{ text: jasonText }],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await client
      .generate({ responseModel: User, model, prompt: "p", mode: Mode.TOOLS })
      .catch((e: unknown) => e);
    expect(UnsupportedModeError.isInstance(error)).toBe(true);
    expect(adapter.requests).toHaveLength(0);
  });
});
