import { Mode, RetryError, UnsupportedModeError } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { getTimeInfo } from "../src/time-info.js";
import { useMockCerebras } from "./mock-cerebras.js";
import { cases } from "./schemas.js";

const mock = useMockCerebras();
const modes = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON] as const;

type ChatBody = {
  messages: Array<Record<string, unknown>>;
  response_format?: unknown;
  tools?: unknown;
};
const chatBody = (i: number) => mock.body(i) as ChatBody;

function answer(mode: Mode, value: unknown, name: string) {
  const json = JSON.stringify(value);
  if (mode === Mode.TOOLS) {
    return { type: "message" as const, toolCalls: [{ id: "call_1", name, arguments: json }] };
  }
  const content = mode === Mode.MD_JSON ? `Sure.\n\`\`\`json\n${json}\n\`\`\`` : json;
  return { type: "message" as const, content };
}

describe.each(modes)("fromCerebras(client).generate end to end, mode %s", (mode) => {
  it.each(cases)("returns the validated $kind value", async (c) => {
    const instructor = fromCerebras(mock.client, { mode });
    mock.server.setHandler((recorded) => {
      const body = recorded.body as { tools?: Array<{ function: { name: string } }> };
      return answer(mode, c.answer, body.tools?.[0]?.function.name ?? "");
    });
    const value = await instructor.generate({
      model: "qwen-3.8-27b",
      responseModel: c.model,
      prompt: "Extract: Jason is 25 years old",
    });
    expect(value).toEqual(c.answer);
    expect(mock.server.requests).toHaveLength(1);
    const body = chatBody(0);
    expect(body.messages.at(-1)).toEqual({
      role: "user",
      content: "Extract: Jason is 25 years old",
    });
    if (mode === Mode.JSON_SCHEMA) {
      expect(body.response_format).toMatchObject({
        json_schema: { schema: c.strict, strict: true },
      });
    }
    if (mode === Mode.TOOLS) {
      expect(body.tools).toMatchObject([{ function: { parameters: c.strict, strict: true } }]);
    }
  });
});

describe("fromCerebras defaults and errors", () => {
  const User = z.object({ name: z.string(), age: z.int() });

  it("uses JSON_SCHEMA by default and surfaces time_info on the completion", async () => {
    mock.server.enqueue({ type: "message", content: '{"name":"Jason","age":25}' });
    const result = await fromCerebras(mock.client).generateWithCompletion({
      model: "gpt-oss-120b",
      responseModel: User,
      prompt: "Jason is 25",
    });
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(chatBody(0).response_format).toMatchObject({ type: "json_schema" });
    expect(getTimeInfo(result.completion)?.totalTime).toEqual(expect.any(Number));
  });

  it("rejects a schema strict mode cannot take before sending anything", async () => {
    const call = fromCerebras(mock.client).generate({
      model: "qwen-3.8-27b",
      responseModel: z.object({ scores: z.record(z.string(), z.number()) }),
      prompt: "x",
    });
    await expect(call).rejects.toSatisfy(UnsupportedModeError.isInstance);
    await expect(call).rejects.toMatchObject({ pointer: "/properties/scores/propertyNames" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("takes the same schema in JSON mode, where the schema only goes into the prompt", async () => {
    mock.server.enqueue({ type: "message", content: '{"scores":{"a":1}}' });
    const value = await fromCerebras(mock.client, { mode: Mode.JSON }).generate({
      model: "qwen-3.8-27b",
      responseModel: z.object({ scores: z.record(z.string(), z.number()) }),
      prompt: "x",
    });
    expect(value).toEqual({ scores: { a: 1 } });
  });
});

describe("reask round trip on the wire", () => {
  const User = z.object({ name: z.string(), age: z.int().min(18) });

  it("JSON_SCHEMA: the second request carries the first answer and the validation errors", async () => {
    const first = '{"name":"Jason","age":12}';
    mock.server.enqueue(
      { type: "message", content: first },
      { type: "message", content: '{"name":"Jason","age":25}' },
    );
    const value = await fromCerebras(mock.client).generate({
      model: "qwen-3.8-27b",
      responseModel: User,
      prompt: "Jason is 25",
    });
    expect(value).toEqual({ name: "Jason", age: 25 });
    const [firstBody, secondBody] = [chatBody(0), chatBody(1)];
    expect(secondBody.response_format).toEqual(firstBody.response_format);
    expect(secondBody.messages.slice(0, firstBody.messages.length)).toEqual(firstBody.messages);
    expect(secondBody.messages.slice(firstBody.messages.length)).toEqual([
      { role: "assistant", content: first },
      { role: "user", content: expect.stringMatching(/failed validation:\n- age: .*18/) },
    ]);
  });

  it("TOOLS: the second request carries the tool call and a tool result with the errors", async () => {
    const first = '{"name":"Jason","age":"25"}';
    mock.server.enqueue(
      { type: "message", toolCalls: [{ id: "call_a", name: "User", arguments: first }] },
      {
        type: "message",
        toolCalls: [{ id: "call_b", name: "User", arguments: '{"name":"Jason","age":25}' }],
      },
    );
    const instructor = fromCerebras(mock.client, { mode: Mode.TOOLS });
    const value = await instructor.generate({
      model: "qwen-3.8-27b",
      responseModel: User.meta({ id: "User" }),
      prompt: "Jason is 25",
    });
    expect(value).toEqual({ name: "Jason", age: 25 });
    const [firstBody, secondBody] = [chatBody(0), chatBody(1)];
    expect(secondBody.messages.slice(firstBody.messages.length)).toEqual([
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_a", type: "function", function: { name: "User", arguments: first } },
        ],
      },
      {
        role: "tool",
        tool_call_id: "call_a",
        content: expect.stringMatching(/failed validation:\n- age: /),
      },
    ]);
  });

  it("gives up with a RetryError once the budget is spent, having sent 1 + maxRetries requests", async () => {
    mock.server.setHandler(() => ({ type: "message", content: '{"name":"Jason","age":3}' }));
    const call = fromCerebras(mock.client, { maxRetries: 1 }).generate({
      model: "qwen-3.8-27b",
      responseModel: User,
      prompt: "Jason is 3",
    });
    await expect(call).rejects.toSatisfy(RetryError.isInstance);
    expect(mock.server.requests).toHaveLength(2);
  });
});

describe("streaming end to end", () => {
  // Streams when core streams (the mock answers `stream: true` with these chunks, else whole).
  it("generatePartial ends with the validated value", async () => {
    mock.server.enqueue({
      type: "message",
      content: '{"name":"Jason","age":25}',
      stream: { chunks: ['{"name":"Ja', 'son","age":', "25}"] },
    });
    const snapshots: unknown[] = [];
    for await (const partial of fromCerebras(mock.client).generatePartial({
      model: "qwen-3.8-27b",
      responseModel: z.object({ name: z.string(), age: z.int() }),
      prompt: "Jason is 25",
    })) {
      snapshots.push(partial);
    }
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
  });
});
