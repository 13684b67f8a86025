import { createRequire } from "node:module";
import * as esm from "@instr/core";
import {
  createInstructor,
  IncompleteOutputError,
  InstructorError,
  JsonParseError,
  Mode,
  ProviderError,
  RefusalError,
  RetryError,
  UnsupportedModeError,
  ValidationError,
} from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { describe, expect, it } from "vitest";
import { badAgeText, jasonText, model, User } from "./support/fixtures.js";

// The CommonJS build is a second copy of every class: `instanceof` fails across it, isInstance must not.
const cjs: typeof esm = createRequire(import.meta.url)("@instr/core");

const usage = (n: number) => ({ promptTokens: n, completionTokens: 2 * n, totalTokens: 3 * n });

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("error classes", () => {
  it("isInstance works across duplicate package copies, instanceof does not", () => {
    expect(cjs.ValidationError).not.toBe(esm.ValidationError);
    const errors = [
      new esm.ValidationError("v", { issues: [], rawText: "{}", value: {} }),
      new esm.JsonParseError("j", { rawText: "{" }),
      new esm.RetryError("r", { attempts: [], usage: usage(0) }),
      new esm.ProviderError("p", { provider: "x", isRetryable: false }),
      new esm.IncompleteOutputError("i", { rawText: "{" }),
      new esm.RefusalError("no", { refusal: "no" }),
      new esm.UnsupportedModeError("u", { mode: Mode.TOOLS, provider: "x", supportedModes: [] }),
    ];
    const names = [
      "ValidationError",
      "JsonParseError",
      "RetryError",
      "ProviderError",
      "IncompleteOutputError",
      "RefusalError",
      "UnsupportedModeError",
    ] as const;
    errors.forEach((error, i) => {
      const name = names[i] ?? "InstructorError";
      expect(error).toBeInstanceOf(esm.InstructorError);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(cjs[name]);
      expect(cjs[name].isInstance(error), name).toBe(true);
      expect(cjs.InstructorError.isInstance(error), name).toBe(true);
      for (const other of names.filter((n) => n !== name)) {
        expect(cjs[other].isInstance(error), `${other}.isInstance(${name})`).toBe(false);
      }
    });
    expect(esm.InstructorError.isInstance(new Error("plain"))).toBe(false);
    expect(esm.InstructorError.isInstance(null)).toBe(false);
    expect(esm.InstructorError.isInstance("ValidationError")).toBe(false);
  });

  it("every class takes a cause", () => {
    const cause = new Error("root");
    expect(new InstructorError("m", { cause }).cause).toBe(cause);
    expect(new ProviderError("m", { provider: "x", isRetryable: true }, { cause }).cause).toBe(
      cause,
    );
  });

  it("ValidationError carries the zod issues, the raw text and the parsed value", async () => {
    const adapter = new MockAdapter({ responses: [{ text: badAgeText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    expect(RetryError.isInstance(error)).toBe(true);
    const cause = error instanceof Error ? error.cause : undefined;
    expect(ValidationError.isInstance(cause)).toBe(true);
    if (!ValidationError.isInstance(cause)) return;
    expect(cause.issues.map((issue) => issue.path)).toEqual([["age"]]);
    expect(cause.rawText).toBe(badAgeText);
    expect(cause.value).toEqual(JSON.parse(badAgeText));
  });

  it("JsonParseError for an answer that is not JSON", async () => {
    const adapter = new MockAdapter({ responses: [{ text: '{"name": "Jason", ' }] });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    const cause = error instanceof Error ? error.cause : undefined;
    expect(JsonParseError.isInstance(cause)).toBe(true);
  });

  it("RetryError: attempts with raw text and error, summed usage, cause = last error", async () => {
    const answers = ["not json", badAgeText, '{"name":1,"age":2}'];
    const adapter = new MockAdapter({
      responses: answers.map((text, i) => ({ text, usage: usage(i + 1) })),
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    expect(RetryError.isInstance(error)).toBe(true);
    if (!RetryError.isInstance(error)) return;
    expect(error.attempts.map((a) => a.rawText)).toEqual(answers);
    expect(JsonParseError.isInstance(error.attempts[0]?.error)).toBe(true);
    expect(ValidationError.isInstance(error.attempts[1]?.error)).toBe(true);
    expect(ValidationError.isInstance(error.attempts[2]?.error)).toBe(true);
    expect(error.cause).toBe(error.attempts[2]?.error);
    expect(error.usage).toEqual({ promptTokens: 6, completionTokens: 12, totalTokens: 18 });
  });

  it("a ProviderError from the adapter reaches the caller with status, isRetryable, provider", async () => {
    const adapter = new MockAdapter();
    const thrown = new ProviderError("Too many requests", {
      provider: "mock",
      status: 429,
      isRetryable: true,
    });
    adapter.enqueueError(thrown);
    adapter.enqueueResponse({ text: jasonText });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    expect(ProviderError.isInstance(error)).toBe(true);
    if (!ProviderError.isInstance(error)) return;
    expect([error.status, error.isRetryable, error.provider]).toEqual([429, true, "mock"]);
    // Transport retries belong to the SDK: core does not send the request again.
    expect(adapter.requests).toHaveLength(1);
  });

  it("finish reason length is IncompleteOutputError", async () => {
    const adapter = new MockAdapter({
      responses: [
        { text: '{"name":"Ja', finishReason: "length" },
        { text: jasonText },
        { text: jasonText },
      ],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
  });

  it("a refusal is RefusalError", async () => {
    const adapter = new MockAdapter({
      responses: [{ text: null, refusal: "I can't help with that." }, { text: jasonText }],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
    const error = await failure(() => client.generate({ responseModel: User, model, prompt: "p" }));
    expect(RefusalError.isInstance(error)).toBe(true);
    if (RefusalError.isInstance(error)) expect(error.refusal).toBe("I can't help with that.");
  });

  it("a schema the adapter's dialect rejects fails before any request, with its message", async () => {
    const adapter = new MockAdapter({
      responses: [{ text: jasonText }],
      transformSchema: () => {
        throw new UnsupportedModeError("this provider cannot take the schema", {
          mode: Mode.JSON_SCHEMA,
          provider: "mock",
          supportedModes: [Mode.JSON],
        });
      },
    });
    const client = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow(
      "this provider cannot take the schema",
    );
    expect(adapter.requests).toHaveLength(0);
  });
});
