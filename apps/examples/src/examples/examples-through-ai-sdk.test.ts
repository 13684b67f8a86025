import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { ProviderError, RetryError } from "@instr/core";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_MODEL, offlineContext } from "../runner/create-context.js";
import type { ExampleContext } from "../runner/example-context.js";
import { jason, jasonWithAddresses } from "./expected-people.js";
import { examples } from "./index.js";

// Every example, unchanged, with `fromCerebras(client, options)` standing for
// `fromLanguageModel(<the AI SDK's @ai-sdk/openai-compatible model on the same server>, options)`:
// the guide's examples offline through the AI SDK bridge.
vi.mock("@instr/cerebras", async () => {
  const { createOpenAICompatible } = await import("@ai-sdk/openai-compatible");
  const { fromLanguageModel } = await import("@instr/ai-sdk");
  return {
    fromCerebras: (client: Cerebras, options = {}) =>
      fromLanguageModel(
        createOpenAICompatible({
          name: "cerebras",
          baseURL: `${client.baseURL}/v1`,
          apiKey: client.apiKey,
          includeUsage: true,
          supportsStructuredOutputs: true,
        }).chatModel(DEFAULT_MODEL),
        { ...options, apiKey: client.apiKey },
      ),
  };
});

const threeUsers = [jason, { name: "Sarah", age: 30 }, { name: "Mike", age: 28 }];

/** What each example must return through the bridge (the same as through `@instr/cerebras`). */
const expected: Record<string, (result: unknown, server: MockServer) => void> = {
  "await-user": (user) => expect(user).toEqual(jason),
  "async-concurrent": (users) => expect(users).toEqual(threeUsers),
  nested: (user) => expect(user).toEqual(jasonWithAddresses),
  "partial-streaming": (snapshots) => {
    expect(Array.isArray(snapshots) && snapshots.length).toBeGreaterThan(1);
    expect(Array.isArray(snapshots) && snapshots.at(-1)).toEqual(jasonWithAddresses);
  },
  iterable: (users) => expect(users).toEqual(threeUsers),
  "validation-hook": (result, server) => {
    expect(result).toMatchObject({ user: { name: "JASON", age: 25 } });
    expect(server.requests).toHaveLength(2);
  },
  modes: (results, server) => {
    expect(Object.values(Object(results))).toEqual([jason, jason, jason, jason]);
    // TOOLS through the bridge forces the tool, as the AI SDK's toolChoice says.
    expect(server.requests[0]?.body).toMatchObject({
      tool_choice: { type: "function", function: { name: "User" } },
    });
  },
  "retry-config": (result) =>
    expect(result).toMatchObject({ data: { name: "JASON" }, attempts: 2 }),
  "error-handling": (outcome) => {
    const { retryError, authError, rateLimitError } = Object(outcome);
    expect(RetryError.isInstance(retryError)).toBe(true);
    expect(ProviderError.isInstance(authError)).toBe(true);
    expect(authError).toMatchObject({ status: 401, isRetryable: false });
    expect(JSON.stringify(authError)).not.toContain("csk-not-a-real-key");
    expect(rateLimitError).toMatchObject({ status: 429, isRetryable: true });
  },
  timeouts: (error) => {
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty("name", "TimeoutError");
  },
  batch: (result) =>
    expect(result).toMatchObject({ summary: { done: 6, succeeded: 6, failed: 0, rateLimited: 1 } }),
};

let server: MockServer;
let ctx: ExampleContext;

beforeAll(async () => {
  server = await startMockServer({ dialect: "openai" });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  ctx = offlineContext(server, () => undefined);
});

describe("guide examples, offline through @instr/ai-sdk over @ai-sdk/openai-compatible", () => {
  it("has an expectation for every example", () => {
    expect(Object.keys(expected).sort()).toEqual(examples.map((e) => e.name).sort());
  });

  it.each(examples.map((example) => [example.name, example] as const))(
    "%s",
    async (name, example) => {
      const result = await example.run(ctx);
      expected[name]?.(result, server);
      // Every request came from the AI SDK provider package, not the Cerebras SDK.
      for (const request of server.requests) {
        expect(String(request.headers["user-agent"])).toContain("ai-sdk/openai-compatible");
      }
    },
  );
});
