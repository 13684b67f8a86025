import { ProviderError, RetryError } from "@instr/core";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { offlineContext, SCRIPTED_LABEL } from "../runner/create-context.js";
import type { ExampleContext } from "../runner/example-context.js";
import { run as asyncConcurrent } from "./async-concurrent.js";
import { run as awaitUser } from "./await-user.js";
import { run as batch } from "./batch.js";
import { run as errorHandling } from "./error-handling.js";
import { jason, jasonWithAddresses } from "./expected-people.js";
import { examples } from "./index.js";
import { run as iterable } from "./iterable.js";
import { run as modes } from "./modes.js";
import { run as nested } from "./nested.js";
import { run as partialStreaming } from "./partial-streaming.js";
import { run as retryConfig } from "./retry-config.js";
import { run as timeouts } from "./timeouts.js";
import { run as validationHook } from "./validation-hook.js";

let server: MockServer;
let lines: string[];
let ctx: ExampleContext;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  lines = [];
  ctx = offlineContext(server, (line) => lines.push(line));
});

/** The chat request bodies the examples sent (parsed JSON). */
function bodies(): unknown[] {
  return server.requests.map((r) => r.body);
}

describe("guide examples, offline against the mock server", () => {
  it("lists every example file once", () => {
    const names = examples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(11);
  });

  it("await-user extracts and prints Jason, labelling the scripted answer", async () => {
    expect(await awaitUser(ctx)).toEqual(jason);
    expect(lines).toEqual([
      `${SCRIPTED_LABEL} {"name":"Jason","age":25}`,
      "{ name: 'Jason', age: 25 }",
    ]);
    expect(bodies()[0]).toMatchObject({
      model: "gpt-oss-120b",
      response_format: { type: "json_schema", json_schema: { name: "User", strict: true } },
    });
  });

  it("async-concurrent resolves three calls in prompt order", async () => {
    expect(await asyncConcurrent(ctx)).toEqual([
      jason,
      { name: "Sarah", age: 30 },
      { name: "Mike", age: 28 },
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it("nested returns the user with both addresses", async () => {
    expect(await nested(ctx)).toEqual(jasonWithAddresses);
  });

  it("partial-streaming streams snapshots ending in the validated value", async () => {
    const snapshots = await partialStreaming(ctx);
    expect(snapshots.length).toBeGreaterThan(0);
    expect(snapshots.at(-1)).toEqual(jasonWithAddresses);
    expect(lines.at(-1)).toBe(JSON.stringify(jasonWithAddresses));
  });

  it("iterable yields the three users in order", async () => {
    expect(await iterable(ctx)).toEqual([
      jason,
      { name: "Sarah", age: 30 },
      { name: "Mike", age: 28 },
    ]);
  });

  it("validation-hook sees the failure once, then the re-ask passes", async () => {
    const { user, failures } = await validationHook(ctx);
    expect(user).toEqual({ name: "JASON", age: 25 });
    expect(failures).toEqual(["Validation failed 1 times: name: name must be in uppercase"]);
    expect(server.requests).toHaveLength(2);
  });

  it("modes sends each mode's wire format and parses each answer", async () => {
    const results = await modes(ctx);
    expect(Object.values(results)).toEqual([jason, jason, jason, jason]);
    const [tools, json, jsonSchema, mdJson] = bodies();
    // gpt-oss-120b only accepts tool_choice "auto".
    expect(tools).toMatchObject({ tools: [{ function: { name: "User" } }], tool_choice: "auto" });
    expect(json).toMatchObject({ response_format: { type: "json_object" } });
    expect(jsonSchema).toMatchObject({ response_format: { type: "json_schema" } });
    expect(mdJson).not.toHaveProperty("response_format");
    expect(mdJson).not.toHaveProperty("tools");
  });

  it("retry-config calls onRetry once and re-asks with the validation error", async () => {
    const result = await retryConfig(ctx);
    expect(result.data).toEqual({ name: "JASON", age: 25 });
    expect(result.attempts).toBe(2);
    expect(result.retries.map((r) => r.attempt)).toEqual([1]);
    expect(lines).toContain("Retrying... (attempt 1 failed: name: name must be in uppercase)");
    const reask = JSON.stringify(bodies()[1]);
    expect(reask).toContain('{\\"name\\":\\"jason\\",\\"age\\":25}');
    expect(reask).toContain("name must be in uppercase");
  });

  it("error-handling shows RetryError and ProviderError 401/429, keyless", async () => {
    const { retryError, authError, rateLimitError } = await errorHandling(ctx);
    expect(RetryError.isInstance(retryError) && retryError.attempts).toHaveLength(2);
    expect(ProviderError.isInstance(authError)).toBe(true);
    expect(authError).toMatchObject({ status: 401, isRetryable: false });
    expect(JSON.stringify(authError)).not.toContain("csk-not-a-real-key");
    expect(rateLimitError).toMatchObject({ status: 429, isRetryable: true });
    // One 429, not re-sent: the example turned the SDK's transport retries off.
    expect(server.requests).toHaveLength(4);
  });

  it("timeouts rejects with a TimeoutError long before the slow reply", async () => {
    const started = performance.now();
    const error = await timeouts(ctx);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty("name", "TimeoutError");
    expect(performance.now() - started).toBeLessThan(4000); // the reply was scripted at 5000 ms
  });

  it("batch settles every item in input order after waiting out one 429", async () => {
    const { results, summary } = await batch(ctx);
    expect(results.map((r) => r.status === "fulfilled" && r.value.name)).toEqual([
      "Jason",
      "Sarah",
      "Mike",
      "Ana",
      "Wei",
      "Priya",
    ]);
    expect(summary).toMatchObject({ done: 6, succeeded: 6, failed: 0, rateLimited: 1 });
    expect(server.requests).toHaveLength(7);
  });
});
