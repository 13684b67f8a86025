import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { cerebrasAdapter, fromCerebras } from "@instr/cerebras";
import {
  type HookName,
  IncompleteOutputError,
  type JsonSchema,
  Mode,
  ProviderError,
  UnsupportedModeError,
} from "@instr/core";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { jason, jasonText, model, User } from "./support/fixtures.js";
import { mentions } from "./support/secrets.js";
import { elementsAs } from "./support/stream-script-adapter.js";
import { collect } from "./support/streams.js";

const apiKey = "csk-contract-secret-5f0c2e9a";
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** The real SDK against the loopback server; `maxRetries` is the SDK's own transport retries. */
const sdk = (maxRetries = 0) =>
  new Cerebras({ apiKey, baseURL: server.url, warmTCPConnection: false, maxRetries });

type Body = Record<string, unknown> & {
  tools?: { function: { name: string; parameters: JsonSchema } }[];
};
const body = (i: number): Body => server.requests[i]?.body as Body;

describe("@instr/cerebras through the real SDK", () => {
  it("cerebrasAdapter(client) implements the v2 spec", () => {
    const adapter = cerebrasAdapter(sdk());
    expect(adapter.specificationVersion).toBe("v2");
    expect(adapter.provider).toBe("cerebras");
    expect(adapter.supportedModes).toContain(adapter.defaultMode);
    for (const mode of adapter.supportedModes) expect(Object.values(Mode)).toContain(mode);
    expect(typeof adapter.complete).toBe("function");
    expect(typeof adapter.stream).toBe("function");
  });

  it("fromCerebras(client) works without options, in the adapter's default mode", async () => {
    server.setHandler((request) => {
      const tool = (request.body as Body).tools?.[0]?.function.name;
      return tool === undefined
        ? { type: "message", content: jasonText }
        : { type: "message", toolCalls: [{ name: tool, arguments: jasonText }] };
    });
    await expect(
      fromCerebras(sdk()).generate({ responseModel: User, model, prompt: "Jason is 25" }),
    ).resolves.toEqual(jason);
  });

  it("JSON_SCHEMA: strict json_schema in the Cerebras dialect; optional maps back from null", async () => {
    const Schema = z.object({
      name: z.string(),
      nickname: z.string().optional(),
      manager: z.string().nullable(),
    });
    server.enqueue({ type: "message", content: '{"name":"Jason","nickname":null,"manager":null}' });
    const client = fromCerebras(sdk(), { mode: Mode.JSON_SCHEMA });
    const value = await client.generate({ responseModel: Schema, model, prompt: "p" });
    expect(value).toEqual({ name: "Jason", manager: null });
    expect(Object.hasOwn(value, "nickname")).toBe(false);
    const format = body(0).response_format as {
      type: string;
      json_schema: { strict: boolean; schema: object };
    };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema).toMatchObject({
      additionalProperties: false,
      required: expect.arrayContaining(["name", "nickname", "manager"]),
    });
    expect(JSON.stringify(format.json_schema.schema)).not.toMatch(/"type":\[/);
  });

  it("a schema strict mode cannot take (a record) is rejected before the request, with a clear message", async () => {
    const Schema = z.object({ scores: z.record(z.string(), z.number()) });
    const error = await fromCerebras(sdk(), { mode: Mode.JSON_SCHEMA })
      .generate({ responseModel: Schema, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(UnsupportedModeError.isInstance(error)).toBe(true);
    expect(String(error)).toMatch(/scores/);
    expect(server.requests).toHaveLength(0);
  });

  it("TOOLS: one function tool with the schema as parameters; JSON: json_object", async () => {
    server.setHandler((request) => ({
      type: "message",
      toolCalls: [
        { name: (request.body as Body).tools?.[0]?.function.name ?? "?", arguments: jasonText },
      ],
    }));
    await fromCerebras(sdk(), { mode: Mode.TOOLS }).generate({
      responseModel: User,
      model,
      prompt: "p",
    });
    expect(body(0).tools).toHaveLength(1);
    expect(body(0).tools?.[0]?.function.parameters).toMatchObject({
      type: "object",
      properties: { age: {} },
    });
    server.setHandler(() => ({ type: "message", content: jasonText }));
    await fromCerebras(sdk(), { mode: Mode.JSON }).generate({
      responseModel: User,
      model,
      prompt: "p",
    });
    expect(body(1).response_format).toEqual({ type: "json_object" });
  });

  it("usage comes from the provider and is summed over attempts", async () => {
    server.enqueue(
      {
        type: "message",
        content: '{"name":"Jason"}',
        usage: { prompt_tokens: 5, completion_tokens: 7 },
      },
      { type: "message", content: jasonText, usage: { prompt_tokens: 11, completion_tokens: 3 } },
    );
    const result = await fromCerebras(sdk(), { mode: Mode.JSON }).generateWithCompletion({
      responseModel: User,
      model,
      prompt: "p",
    });
    expect(result.usage).toEqual({ promptTokens: 16, completionTokens: 10, totalTokens: 26 });
    expect(result.attempts).toBe(2);
  });

  it("finish_reason length is IncompleteOutputError", async () => {
    server.enqueue({ type: "message", content: '{"name":"Ja', finishReason: "length" });
    const error = await fromCerebras(sdk(), { mode: Mode.JSON })
      .generate({ responseModel: User, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
  });

  it("generatePartial streams through the SDK; the last yield is the validated value", async () => {
    server.enqueue({ type: "message", content: jasonText, stream: { chunkSize: 4 } });
    const snapshots = await collect(
      fromCerebras(sdk(), { mode: Mode.JSON_SCHEMA }).generatePartial({
        responseModel: User,
        model,
        prompt: "p",
      }),
    );
    expect(snapshots.length).toBeGreaterThan(2);
    expect(snapshots.at(-1)).toEqual(jason);
    expect(body(0).stream).toBe(true);
  });

  it("generateIterable in TOOLS mode assembles streamed tool-call deltas into elements", async () => {
    const amy = { name: "Amy", age: 31 };
    server.setHandler((request) => {
      const tool = (request.body as Body).tools?.[0]?.function;
      return {
        type: "message",
        toolCalls: [
          { name: tool?.name ?? "?", arguments: elementsAs(tool?.parameters ?? {}, [jason, amy]) },
        ],
        stream: { chunkSize: 5 },
      };
    });
    const users = await collect(
      fromCerebras(sdk(), { mode: Mode.TOOLS }).generateIterable({
        responseModel: User,
        model,
        prompt: "p",
      }),
    );
    expect(users).toEqual([jason, amy]);
    expect(body(0).stream).toBe(true);
  });

  describe("transport errors: retries belong to the SDK", () => {
    for (const status of [400, 401]) {
      it(`${status} is never retried (the SDK allowed 2 retries): ProviderError with status, provider, cause`, async () => {
        server.enqueue(
          { type: "error", status, message: `Wrong API Key ${apiKey}` },
          { type: "message", content: jasonText },
        );
        const error = await fromCerebras(sdk(2), { mode: Mode.JSON })
          .generate({ responseModel: User, model, prompt: "p" })
          .catch((e: unknown) => e);
        expect(ProviderError.isInstance(error)).toBe(true);
        expect(error).toMatchObject({ status, isRetryable: false, provider: "cerebras" });
        expect(error).toMatchObject({ cause: expect.anything() });
        expect(server.requests).toHaveLength(1);
      });
    }

    it("a 503 is retried by the SDK (honouring retry-after), not by core", async () => {
      server.enqueue(
        { type: "error", status: 503, headers: { "retry-after-ms": "10" } },
        { type: "message", content: jasonText },
      );
      await expect(
        fromCerebras(sdk(1), { mode: Mode.JSON }).generate({
          responseModel: User,
          model,
          prompt: "p",
        }),
      ).resolves.toEqual(jason);
      expect(server.requests).toHaveLength(2);

      server.reset();
      server.enqueue({ type: "error", status: 503 }, { type: "message", content: jasonText });
      const error = await fromCerebras(sdk(0), { mode: Mode.JSON })
        .generate({ responseModel: User, model, prompt: "p" })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ProviderError", status: 503, isRetryable: true });
      expect(server.requests).toHaveLength(1);
    });
  });

  it("hooks and errors never contain the API key", async () => {
    const payloads: unknown[] = [];
    const names: HookName[] = [
      "completion:kwargs",
      "completion:response",
      "completion:error",
      "parse:error",
      "completion:last_attempt",
      "retry",
    ];
    const hooks = Object.fromEntries(
      names.map((name) => [name, (payload: unknown) => void payloads.push(payload)]),
    );
    const client = fromCerebras(sdk(), { mode: Mode.JSON, maxRetries: 1, hooks });
    server.enqueue({ type: "message", content: "{}" }, { type: "message", content: jasonText });
    await client.generate({ responseModel: User, model, prompt: "p" });
    server.enqueue({
      type: "error",
      status: 401,
      message: `Incorrect API key provided: ${apiKey}`,
    });
    const error = await client
      .generate({ responseModel: User, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(server.requests[0]?.headers.authorization).toContain(apiKey); // the key did travel
    expect(payloads.length).toBeGreaterThanOrEqual(6);
    expect(mentions(payloads, apiKey)).toBe(false);
    expect(mentions(error, apiKey)).toBe(false);
    expect(JSON.stringify(error)).not.toContain(apiKey);
  });
});
