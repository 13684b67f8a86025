import { Mode } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromOpenAI } from "../src/from-openai.js";
import { openaiTestServer } from "./openai-test-server.js";

const { server, client } = await openaiTestServer();
const Person = z.object({ name: z.string(), age: z.number().int() });
const model = "gpt-5-mini";
const prompt = "Jason is 25";
const jason = '{"name":"Jason","age":25}';
const onResponses = (mode?: Mode) =>
  fromOpenAI(client, { api: "responses", ...(mode === undefined ? {} : { mode }) });

function body(index = -1): Record<string, unknown> {
  const value = server.requests.at(index)?.body;
  if (typeof value !== "object" || value === null) throw new Error("no request body");
  return Object.fromEntries(Object.entries(value));
}

describe('fromOpenAI(client, { api: "responses" }) through the openai SDK', () => {
  it("TOOLS: a forced function tool on POST /v1/responses", async () => {
    server.enqueue({ type: "message", toolCalls: [{ name: "Response", arguments: jason }] });
    expect(await onResponses().generate({ responseModel: Person, model, prompt })).toEqual({
      name: "Jason",
      age: 25,
    });
    expect(server.requests.at(-1)?.path).toBe("/v1/responses");
    expect(body()).toMatchObject({
      tools: [{ type: "function", name: "Response", parameters: { type: "object" } }],
      tool_choice: { type: "function", name: "Response" },
      input: [{ role: "system" }, { role: "user", content: prompt }],
    });
  });

  it("JSON_SCHEMA: text.format json_schema, strict", async () => {
    server.enqueue({ type: "message", content: jason });
    const person = await onResponses(Mode.JSON_SCHEMA).generate({
      responseModel: Person,
      model,
      prompt,
    });
    expect(person).toEqual({ name: "Jason", age: 25 });
    expect(body()).toMatchObject({
      text: { format: { type: "json_schema", name: "Response", strict: true } },
    });
    expect(body()).not.toHaveProperty("tools");
  });

  it("generatePartial streams function-call argument deltas", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ name: "Response", arguments: jason }],
      stream: { chunkSize: 4 },
    });
    const partials = [];
    for await (const partial of onResponses().generatePartial({
      responseModel: Person,
      model,
      prompt,
    })) {
      partials.push(partial);
    }
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(body().stream).toBe(true);
  });

  it("generatePartial streams response.output_text.delta in JSON_SCHEMA mode", async () => {
    server.enqueue({ type: "message", content: jason, stream: { chunkSize: 3 } });
    let last: unknown;
    let count = 0;
    for await (const partial of onResponses(Mode.JSON_SCHEMA).generatePartial({
      responseModel: Person,
      model,
      prompt,
    })) {
      last = partial;
      count += 1;
    }
    expect(count).toBeGreaterThan(2);
    expect(last).toEqual({ name: "Jason", age: 25 });
  });

  it("re-asks with the reasoning item, the function call and its output sent back", async () => {
    server.enqueue(
      {
        type: "message",
        reasoning: "Age is 25.",
        toolCalls: [{ id: "call_1", name: "Response", arguments: '{"name":"Jason","age":"x"}' }],
      },
      { type: "message", toolCalls: [{ name: "Response", arguments: jason }] },
    );
    const result = await onResponses().generateWithCompletion({
      responseModel: Person,
      model,
      prompt,
      maxRetries: 1,
    });
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(body(1).input).toMatchObject([
      { role: "system" },
      { role: "user" },
      { type: "reasoning", summary: [{ type: "summary_text", text: "Age is 25." }] },
      {
        type: "function_call",
        call_id: "call_1",
        name: "Response",
        arguments: '{"name":"Jason","age":"x"}',
      },
      { type: "function_call_output", call_id: "call_1" },
    ]);
    const sent = (body(1).input as Array<Record<string, unknown>>)[2];
    expect(sent?.id).toMatch(/^rs_/);
    expect(sent?.encrypted_content).toMatch(/^enc-/);
  });
});
