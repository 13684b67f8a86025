import { Mode, ProviderError } from "@instr/core";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { fromOpenAI, openaiAdapter } from "@instr/openai";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { jason, jasonText, model, User } from "./support/fixtures.js";
import { mentions } from "./support/secrets.js";
import { collect } from "./support/streams.js";

const apiKey = "sk-contract-secret-77c1d0";
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ dialect: "openai" });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const sdk = (maxRetries = 0) => new OpenAI({ apiKey, baseURL: server.baseURL, maxRetries });

describe("@instr/openai through the real SDK", () => {
  it("openaiAdapter(client) implements the v2 spec", () => {
    const adapter = openaiAdapter(sdk());
    expect(adapter.specificationVersion).toBe("v2");
    expect(adapter.provider).toBe("openai");
    expect(adapter.supportedModes).toEqual(expect.arrayContaining([adapter.defaultMode]));
  });

  it("fromOpenAI(client, options) generates in every mode", async () => {
    server.setHandler((request) => {
      const tools = (request.body as { tools?: { function: { name: string } }[] }).tools;
      const name = tools?.[0]?.function.name;
      return name === undefined
        ? { type: "message", content: jasonText }
        : { type: "message", toolCalls: [{ name, arguments: jasonText }] };
    });
    for (const mode of Object.values(Mode)) {
      const client = fromOpenAI(sdk(), { mode });
      await expect(
        client.generate({ responseModel: User, model, prompt: "p" }),
        mode,
      ).resolves.toEqual(jason);
    }
    await expect(
      fromOpenAI(sdk()).generate({ responseModel: User, model, prompt: "p" }),
    ).resolves.toEqual(jason);
  });

  it("generatePartial streams; the last yield is the validated value", async () => {
    server.enqueue({ type: "message", content: jasonText, stream: { chunkSize: 3 } });
    const snapshots = await collect(
      fromOpenAI(sdk(), { mode: Mode.JSON }).generatePartial({
        responseModel: User,
        model,
        prompt: "p",
      }),
    );
    expect(snapshots.length).toBeGreaterThan(2);
    expect(snapshots.at(-1)).toEqual(jason);
  });

  it("401 is a ProviderError, never retried, without the API key", async () => {
    server.enqueue({
      type: "error",
      status: 401,
      message: `Incorrect API key provided: ${apiKey}`,
    });
    const error = await fromOpenAI(sdk(2), { mode: Mode.JSON })
      .generate({ responseModel: User, model, prompt: "p" })
      .catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, isRetryable: false, provider: "openai" });
    expect(server.requests).toHaveLength(1);
    expect(mentions(error, apiKey)).toBe(false);
  });
});
