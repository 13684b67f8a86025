import {
  createInstructor,
  Mode,
  ProviderError,
  RefusalError,
  UnsupportedModeError,
} from "@instr/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { anthropicStyleAdapter } from "./anthropic-style-adapter.js";
import { ScriptedServer, type ServerReply } from "./scripted-server.js";

const apiKey = "test-e2e-key-0123456789";
const User = z.object({ name: z.string(), age: z.number().int() });
const usage = { input_tokens: 20, output_tokens: 10 };

type MessageReply = Extract<ServerReply, { type: "message" }>;

const server = new ScriptedServer();
beforeAll(() => server.start());
afterAll(() => server.close());
beforeEach(() => server.reset());

const instructor = () =>
  createInstructor({ adapter: anthropicStyleAdapter({ baseURL: server.url, apiKey }) });

function toolAnswer(input: string, chunkSize?: number): MessageReply {
  return {
    type: "message",
    content: [{ type: "tool_use", id: "toolu_1", name: "Response", input }],
    stop_reason: "tool_use",
    usage,
    ...(chunkSize === undefined ? {} : { chunkSize }),
  };
}

function textAnswer(text: string, chunkSize?: number): MessageReply {
  return {
    type: "message",
    content: [{ type: "text", text }],
    stop_reason: "end_turn",
    usage,
    ...(chunkSize === undefined ? {} : { chunkSize }),
  };
}

function body(index: number): Record<string, unknown> {
  const request = server.requests[index];
  if (request === undefined) throw new Error(`no request #${index}`);
  return request.body as Record<string, unknown>;
}

describe("generate", () => {
  it("TOOLS: sends a forced tool with input_schema and returns the typed value", async () => {
    server.enqueue(toolAnswer('{"name":"Jason","age":25}'));
    const result = await instructor().generateWithCompletion({
      responseModel: User,
      model: "claude-like",
      system: "You extract people.",
      prompt: "Extract: Jason is 25 years old",
      providerOptions: { "anthropic-style": { top_k: 5 }, openai: { seed: 1 } },
    });
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(result.usage).toEqual({ promptTokens: 20, completionTokens: 10, totalTokens: 30 });
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/messages");
    expect(request?.headers["x-api-key"]).toBe(apiKey);
    expect(request?.headers["anthropic-version"]).toBe("2023-06-01");
    expect(body(0)).toMatchObject({
      model: "claude-like",
      max_tokens: 4096,
      top_k: 5,
      tools: [{ name: "Response", input_schema: { type: "object" } }],
      tool_choice: { type: "tool", name: "Response" },
    });
    // System messages (here the caller's, with core's instructions appended) go to `system`.
    expect(body(0).system).toEqual([
      { type: "text", text: expect.stringMatching(/^You extract people\.\n\nAnswer by calling/) },
    ]);
    expect(body(0).messages).toEqual([
      { role: "user", content: [{ type: "text", text: "Extract: Jason is 25 years old" }] },
    ]);
  });

  it("TOOLS: re-asks with tool_use and tool_result blocks in alternating turns", async () => {
    server.enqueue(toolAnswer('{"name":"Jason","age":"twenty-five"}'));
    server.enqueue(toolAnswer('{"name":"Jason","age":25}'));
    const user = await instructor().generate({
      responseModel: User,
      model: "claude-like",
      prompt: "Extract: Jason is 25 years old",
      maxTokens: 300,
      temperature: 0,
    });
    expect(user).toEqual({ name: "Jason", age: 25 });
    expect(server.requests).toHaveLength(2);
    const messages = body(1).messages as Array<{ role: string; content: unknown[] }>;
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    expect(messages[1]?.content).toEqual([
      {
        type: "tool_use",
        id: "toolu_1",
        name: "Response",
        input: { name: "Jason", age: "twenty-five" },
      },
    ]);
    expect(messages[2]?.content).toEqual([
      expect.objectContaining({ type: "tool_result", tool_use_id: "toolu_1" }),
    ]);
    expect(body(1)).toMatchObject({ max_tokens: 300, temperature: 0 });
  });

  it("MD_JSON: sends no tools and reads the fenced JSON from the text", async () => {
    server.enqueue(textAnswer('Here it is:\n```json\n{"name":"Jason","age":25}\n```'));
    const user = await instructor().generate({
      responseModel: User,
      model: "claude-like",
      mode: Mode.MD_JSON,
      prompt: "Extract: Jason is 25 years old",
    });
    expect(user).toEqual({ name: "Jason", age: 25 });
    expect(body(0).tools).toBeUndefined();
    expect(body(0).tool_choice).toBeUndefined();
  });

  it("JSON is prompt-only: no tools, the schema in the system prompt, the bare JSON text parsed", async () => {
    server.enqueue(textAnswer('{"name":"Jason","age":25}'));
    const user = await instructor().generate({
      responseModel: User,
      model: "claude-like",
      mode: Mode.JSON,
      prompt: "Extract: Jason is 25 years old",
    });
    expect(user).toEqual({ name: "Jason", age: 25 });
    expect(body(0).tools).toBeUndefined();
    expect(JSON.stringify(body(0).system)).toContain("JSON Schema");
  });

  it("JSON_SCHEMA is not supported: rejected before any request", async () => {
    await expect(
      instructor().generate({
        responseModel: User,
        model: "claude-like",
        mode: Mode.JSON_SCHEMA,
        prompt: "Extract: Jason is 25 years old",
      }),
    ).rejects.toBeInstanceOf(UnsupportedModeError);
    expect(server.requests).toHaveLength(0);
  });

  it('stop_reason "refusal" becomes a RefusalError', async () => {
    server.enqueue({
      type: "message",
      content: [{ type: "text", text: "I can't help with that." }],
      stop_reason: "refusal",
      usage,
    });
    await expect(
      instructor().generate({ responseModel: User, model: "claude-like", prompt: "…" }),
    ).rejects.toBeInstanceOf(RefusalError);
  });
});

describe("generatePartial", () => {
  it("TOOLS: yields growing snapshots from input_json_delta events; the last is the value", async () => {
    server.enqueue(toolAnswer('{"name":"Jason","age":25}', 3));
    const snapshots: unknown[] = [];
    for await (const partial of instructor().generatePartial({
      responseModel: User,
      model: "claude-like",
      prompt: "Extract: Jason is 25 years old",
    })) {
      snapshots.push(partial);
    }
    expect(snapshots.length).toBeGreaterThan(2);
    expect(snapshots).toContainEqual({ name: "Jas" });
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(body(0).stream).toBe(true);
  });

  it("MD_JSON: yields snapshots from text_delta events", async () => {
    server.enqueue(textAnswer('```json\n{"name":"Jason","age":25}\n```', 4));
    const snapshots: unknown[] = [];
    for await (const partial of instructor().generatePartial({
      responseModel: User,
      model: "claude-like",
      mode: Mode.MD_JSON,
      prompt: "Extract: Jason is 25 years old",
    })) {
      snapshots.push(partial);
    }
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
  });
});

describe("generateIterable", () => {
  it("TOOLS: yields each element as soon as it is complete", async () => {
    server.enqueue(
      toolAnswer('{"items":[{"name":"Jason","age":25},{"name":"Sarah","age":30}]}', 5),
    );
    const users: unknown[] = [];
    for await (const user of instructor().generateIterable({
      responseModel: User,
      model: "claude-like",
      prompt: "Extract everyone: Jason is 25, Sarah is 30",
    })) {
      users.push(user);
    }
    expect(users).toEqual([
      { name: "Jason", age: 25 },
      { name: "Sarah", age: 30 },
    ]);
  });
});

describe("broken streams", () => {
  const partial = (reply: ServerReply) => {
    server.enqueue(reply);
    return (async () => {
      for await (const _ of instructor().generatePartial({
        responseModel: User,
        model: "claude-like",
        mode: Mode.MD_JSON,
        prompt: "Extract: Jason is 25 years old",
      })) {
        // drain
      }
    })();
  };
  const answer = textAnswer('```json\n{"name":"Jason","age":25}\n```', 4);

  it("a connection dropped mid-stream is a retryable ProviderError with the text so far", async () => {
    const error = await partial({ ...answer, interrupt: { afterEvents: 4, with: "drop" } }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: true, status: undefined, partialText: "```json\n" });
  });

  it("an overloaded_error event mid-stream is a retryable ProviderError", async () => {
    const error = await partial({
      ...answer,
      interrupt: { afterEvents: 4, with: { type: "overloaded_error", message: "Overloaded" } },
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      isRetryable: true,
      message: expect.stringContaining("Overloaded"),
    });
  });
});
