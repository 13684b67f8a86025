import { Mode } from "@instr/core";
import { requestBody } from "@instr/mock-server";
import { jason, Person, prompt, toolAnswer } from "@instr/provider-test-support";
import { describe, expect, it } from "vitest";
import { fromOpenAI } from "../src/from-openai.js";
import { openaiTestServer } from "./openai-test-server.js";

const { server, client } = await openaiTestServer();
const model = "gpt-5-mini";
const params = { responseModel: Person, model, prompt };
const onResponses = (mode?: Mode) =>
  fromOpenAI(client, { api: "responses", ...(mode === undefined ? {} : { mode }) });

describe('fromOpenAI(client, { api: "responses" }) through the openai SDK', () => {
  it("TOOLS: a forced function tool on POST /v1/responses", async () => {
    server.enqueue(toolAnswer);
    expect(await onResponses().generate(params)).toEqual({
      name: "Jason",
      age: 25,
    });
    expect(server.requests.at(-1)?.path).toBe("/v1/responses");
    expect(requestBody(server)).toMatchObject({
      tools: [{ type: "function", name: "Response", parameters: { type: "object" } }],
      tool_choice: { type: "function", name: "Response" },
      input: [{ role: "system" }, { role: "user", content: prompt }],
    });
  });

  it("JSON_SCHEMA: text.format json_schema, strict", async () => {
    server.enqueue({ type: "message", content: jason });
    const person = await onResponses(Mode.JSON_SCHEMA).generate(params);
    expect(person).toEqual({ name: "Jason", age: 25 });
    expect(requestBody(server)).toMatchObject({
      text: { format: { type: "json_schema", name: "Response", strict: true } },
    });
    expect(requestBody(server)).not.toHaveProperty("tools");
  });

  it("generatePartial streams function-call argument deltas", async () => {
    server.enqueue({ ...toolAnswer, stream: { chunkSize: 4 } });
    const partials = [];
    for await (const partial of onResponses().generatePartial(params)) partials.push(partial);
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(requestBody(server).stream).toBe(true);
  });

  it("generatePartial streams response.output_text.delta in JSON_SCHEMA mode", async () => {
    server.enqueue({ type: "message", content: jason, stream: { chunkSize: 3 } });
    let last: unknown;
    let count = 0;
    for await (const partial of onResponses(Mode.JSON_SCHEMA).generatePartial(params)) {
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
      toolAnswer,
    );
    const result = await onResponses().generateWithCompletion({ ...params, maxRetries: 1 });
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(requestBody(server, 1).input).toMatchObject([
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
    const sent = (requestBody(server, 1).input as Array<Record<string, unknown>>)[2];
    expect(sent?.id).toMatch(/^rs_/);
    expect(sent?.encrypted_content).toMatch(/^enc-/);
  });
});
