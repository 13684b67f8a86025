import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { Mode, UnsupportedInputError } from "@instr/core";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { jasonText, User } from "./support/fixtures.js";

// Spec v2 end to end: the real SDKs against the loopback server, on both wires.
let openaiServer: MockServer;
let cerebrasServer: MockServer;

beforeAll(async () => {
  openaiServer = await startMockServer({ dialect: "openai" });
  cerebrasServer = await startMockServer({ dialect: "cerebras" });
});
afterAll(async () => {
  await openaiServer.close();
  await cerebrasServer.close();
});
beforeEach(() => {
  openaiServer.reset();
  cerebrasServer.reset();
});

const openai = () =>
  new OpenAI({ apiKey: "sk-spec-v2-openai-000", baseURL: openaiServer.baseURL, maxRetries: 0 });
const cerebras = () =>
  new Cerebras({
    apiKey: "csk-spec-v2-cerebras-000",
    baseURL: cerebrasServer.url,
    maxRetries: 0,
    warmTCPConnection: false,
  });

const pdf = new TextEncoder().encode("%PDF-1.4\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const body = (server: MockServer, i = 0) => server.requests[i]?.body as Record<string, unknown>;

describe("spec v2 on the wire", () => {
  it("an image part and a PDF part reach the OpenAI wire as its content parts", async () => {
    openaiServer.enqueue({
      type: "message",
      toolCalls: [{ name: "Response", arguments: jasonText }],
    });
    await fromOpenAI(openai()).generate({
      responseModel: User,
      model: "gpt-4o-mini",
      prompt: [
        { type: "text", text: "Who is on this card?" },
        { type: "image", image: png },
        { type: "file", data: pdf, mediaType: "application/pdf", filename: "card.pdf" },
      ],
    });
    const messages = body(openaiServer).messages as { role: string; content: unknown }[];
    expect(messages.at(-1)).toEqual({
      role: "user",
      content: [
        { type: "text", text: "Who is on this card?" },
        { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
        {
          type: "file",
          file: { file_data: "data:application/pdf;base64,JVBERi0xLjQK", filename: "card.pdf" },
        },
      ],
    });
  });

  it("a Cerebras model that takes no images rejects an image part before any request", async () => {
    const error = await fromCerebras(cerebras())
      .generate({
        responseModel: User,
        model: "qwen-3.8-27b",
        prompt: [
          { type: "text", text: "Who?" },
          { type: "image", image: png },
        ],
      })
      .catch((e: unknown) => e);
    expect(UnsupportedInputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: "cerebras", model: "qwen-3.8-27b", kind: "image" });
    expect(cerebrasServer.requests).toHaveLength(0);
  });

  it("generateWithCompletion returns the model's reasoning", async () => {
    cerebrasServer.enqueue({
      type: "message",
      content: jasonText,
      reasoning: "The card names Jason, 25.",
    });
    const result = await fromCerebras(cerebras(), { mode: Mode.JSON }).generateWithCompletion({
      responseModel: User,
      model: "gpt-oss-120b",
      prompt: "Jason is 25",
    });
    expect(result.reasoning).toBe("The card names Jason, 25.");
  });

  it("providerOptions reach only their own provider, and never replace the mode's fields", async () => {
    const providerOptions = {
      openai: { seed: 7, response_format: { type: "text" } },
      cerebras: { top_p: 0.5, response_format: { type: "text" } },
    };
    openaiServer.enqueue({ type: "message", content: jasonText });
    cerebrasServer.enqueue({ type: "message", content: jasonText });
    const params = { responseModel: User, prompt: "Jason is 25", providerOptions };
    await fromOpenAI(openai(), { mode: Mode.JSON }).generate({ ...params, model: "gpt-4o-mini" });
    await fromCerebras(cerebras(), { mode: Mode.JSON_SCHEMA }).generate({
      ...params,
      model: "qwen-3.8-27b",
    });
    expect(body(openaiServer)).toMatchObject({ seed: 7, response_format: { type: "json_object" } });
    expect(body(openaiServer)).not.toHaveProperty("top_p");
    expect(body(cerebrasServer)).toMatchObject({
      top_p: 0.5,
      response_format: { type: "json_schema" },
    });
    expect(body(cerebrasServer)).not.toHaveProperty("seed");
  });
});
