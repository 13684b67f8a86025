import { UnsupportedReasoningError } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromGoogle } from "../src/from-google.js";
import { googleTestServer } from "./google-test-server.js";

const { server, client } = await googleTestServer();
const Person = z.object({ name: z.string() });
const prompt = "Jason";
const answer = { type: "message", content: '{"name":"Jason"}' } as const;

function thinkingConfigSent(): unknown {
  const body = server.requests.at(-1)?.body;
  return typeof body === "object" && body !== null && "generationConfig" in body
    ? body.generationConfig
    : undefined;
}

describe("reasoningEffort on the Gemini wire", () => {
  it.each([
    ["gemini-2.5-flash", "high", { thinkingBudget: 24_576 }],
    ["gemini-2.5-pro", "low", { thinkingBudget: 1024 }],
    ["gemini-3-flash-preview", "medium", { thinkingLevel: "MEDIUM" }],
    ["gemini-3-pro-preview", "high", { thinkingLevel: "HIGH" }],
  ] as const)("%s with %s thinks by %o", async (model, reasoningEffort, knob) => {
    server.enqueue(answer);
    await fromGoogle(client).generate({ responseModel: Person, model, prompt, reasoningEffort });
    expect(thinkingConfigSent()).toMatchObject({
      thinkingConfig: { includeThoughts: true, ...knob },
    });
  });

  it.each([
    ["gemini-2.0-flash", "low"],
    ["gemma-3-27b-it", "high"],
    ["gemini-3-pro-preview", "medium"],
    ["tunedModels/my-model", "low"],
  ] as const)(
    "%s rejects %s with UnsupportedReasoningError before any request",
    async (model, reasoningEffort) => {
      const error = await fromGoogle(client)
        .generate({ responseModel: Person, model, prompt, reasoningEffort })
        .catch((e: unknown) => e);
      expect(UnsupportedReasoningError.isInstance(error)).toBe(true);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("sends no thinkingConfig to a model that does not think, nor with includeThoughts off", async () => {
    server.enqueue(answer, answer);
    await fromGoogle(client).generate({ responseModel: Person, model: "gemini-2.0-flash", prompt });
    expect(thinkingConfigSent()).not.toHaveProperty("thinkingConfig");
    await fromGoogle(client, { includeThoughts: false }).generate({
      responseModel: Person,
      model: "gemini-2.5-flash",
      prompt,
    });
    expect(thinkingConfigSent()).not.toHaveProperty("thinkingConfig");
  });

  it("a capability override makes a tuned model think by budget", async () => {
    server.enqueue(answer);
    await fromGoogle(client, {
      capabilities: {
        "tunedModels/my-model": {
          thinking: { knob: "budget", budgets: { low: 512, medium: 2048, high: 4096 } },
        },
      },
    }).generate({
      responseModel: Person,
      model: "tunedModels/my-model",
      prompt,
      reasoningEffort: "medium",
    });
    expect(thinkingConfigSent()).toMatchObject({ thinkingConfig: { thinkingBudget: 2048 } });
  });
});
