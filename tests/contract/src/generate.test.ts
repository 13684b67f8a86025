import { createInstructor, Mode } from "@instr/core";
import type { AdapterRequest } from "@instr/core/adapter";
import { MockAdapter } from "@instr/core/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { badAgeText, jason, jasonText, model, User } from "./support/fixtures.js";

const usage = (n: number) => ({ promptTokens: n, completionTokens: 10 * n, totalTokens: 11 * n });

/** A TOOLS answer: one call of the tool the request asked for. */
const toolAnswer =
  (args: string, id = "call_1") =>
  (request: AdapterRequest) => ({
    text: null,
    toolCalls: [{ id, name: request.schema.name, arguments: args }],
    finishReason: "tool_calls" as const,
    raw: { args },
  });

describe("generate", () => {
  it("returns the validated value in every mode", async () => {
    for (const mode of Object.values(Mode)) {
      const answer = mode === Mode.TOOLS ? toolAnswer(jasonText) : { text: jasonText };
      const adapter = new MockAdapter({ responses: [answer] });
      const client = createInstructor({ adapter, mode });
      await expect(
        client.generate({ responseModel: User, model, prompt: "p" }),
        mode,
      ).resolves.toEqual(jason);
    }
  });

  it("returns zod's output (transforms and defaults applied)", async () => {
    const Schema = z.object({
      name: z.string().transform((s) => s.toUpperCase()),
      tags: z.array(z.string()).default([]),
    });
    const adapter = new MockAdapter({ responses: [{ text: '{"name":"jason"}' }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await expect(client.generate({ responseModel: Schema, model, prompt: "p" })).resolves.toEqual({
      name: "JASON",
      tags: [],
    });
  });

  it("generateWithCompletion gives data, completion, usage summed over attempts, attempts", async () => {
    const adapter = new MockAdapter({
      responses: [
        { text: badAgeText, usage: usage(1), raw: { id: "first" } },
        { text: jasonText, usage: usage(2), raw: { id: "second" } },
      ],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const result = await client.generateWithCompletion({ responseModel: User, model, prompt: "p" });
    expect(result.data).toEqual(jason);
    expect(result.attempts).toBe(2);
    expect(result.usage).toEqual({ promptTokens: 3, completionTokens: 30, totalTokens: 33 });
    expect(result.completion).toEqual({ id: "second" });
  });

  it("MD_JSON extraction tolerates prose, <think> blocks and several fences", async () => {
    const answers = [
      `Sure, here it is:\n\`\`\`json\n${jasonText}\n\`\`\`\nAnything else?`,
      `<think>maybe \`\`\`json\n{"name":"Wrong","age":1}\n\`\`\`</think>\n\`\`\`json\n${jasonText}\n\`\`\``,
      `\`\`\`json\n${jasonText}\n\`\`\`\nor, again:\n\`\`\`json\n${jasonText}\n\`\`\``,
    ];
    for (const text of answers) {
      const adapter = new MockAdapter({ responses: [{ text }] });
      const client = createInstructor({ adapter, mode: Mode.MD_JSON, maxRetries: 0 });
      await expect(
        client.generate({ responseModel: User, model, prompt: "p" }),
        text,
      ).resolves.toEqual(jason);
    }
  });

  it("takes any zod 4 schema: nested objects, arrays, enums, unions, optional, nullable", async () => {
    const Schema = z.object({
      user: z.object({ name: z.string(), address: z.object({ city: z.string() }) }),
      tags: z.array(z.string()),
      role: z.enum(["admin", "user"]),
      id: z.union([z.string(), z.number()]),
      nickname: z.string().optional(),
      manager: z.string().nullable(),
    });
    const value = {
      user: { name: "A", address: { city: "B" } },
      tags: ["x"],
      role: "admin",
      id: 3,
      manager: null,
    };
    for (const mode of Object.values(Mode)) {
      const text = JSON.stringify(value);
      const adapter = new MockAdapter({
        responses: [mode === Mode.TOOLS ? toolAnswer(text) : { text }],
      });
      const client = createInstructor({ adapter, mode });
      await expect(
        client.generate({ responseModel: Schema, model, prompt: "p" }),
        mode,
      ).resolves.toEqual(value);
    }
  });
});

describe("reask", () => {
  it("TOOLS: the next attempt carries the model's tool call and a tool result with the errors", async () => {
    const adapter = new MockAdapter({
      responses: [toolAnswer(badAgeText, "call_bad"), toolAnswer(jasonText)],
    });
    const client = createInstructor({ adapter, mode: Mode.TOOLS });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
    const [first, second] = adapter.requests;
    const added = second?.messages.slice(first?.messages.length);
    expect(added).toHaveLength(2);
    expect(added?.[0]).toMatchObject({
      role: "assistant",
      toolCalls: [{ id: "call_bad", name: first?.schema.name, arguments: badAgeText }],
    });
    expect(added?.[1]).toMatchObject({ role: "tool", toolCallId: "call_bad" });
    expect(added?.[1]?.content).toContain("age");
  });

  for (const mode of [Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON]) {
    it(`${mode}: the next attempt carries the model's answer and a user message with the errors`, async () => {
      const adapter = new MockAdapter({ responses: [{ text: badAgeText }, { text: jasonText }] });
      const client = createInstructor({ adapter, mode });
      await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
        jason,
      );
      const [first, second] = adapter.requests;
      const added = second?.messages.slice(first?.messages.length);
      expect(added).toHaveLength(2);
      expect(added?.[0]).toMatchObject({ role: "assistant", content: badAgeText });
      expect(added?.[1]?.role).toBe("user");
      expect(added?.[1]?.content).toContain("age");
    });
  }

  it("a JSON failure is re-asked too", async () => {
    const adapter = new MockAdapter({ responses: [{ text: "{oops" }, { text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
    expect(
      adapter.requests[1]?.messages.some((m) => m.role === "assistant" && m.content === "{oops"),
    ).toBe(true);
  });
});
