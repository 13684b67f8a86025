import { Mode, RefusalError, UnsupportedModeError } from "@instr/core/adapter";
import type { MessageReply } from "@instr/mock-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { fromOpenAI } from "../src/from-openai.js";
import { openaiTestServer } from "./openai-test-server.js";

const { server, client } = await openaiTestServer();
const User = z.object({ name: z.string(), age: z.number().int() }).meta({ title: "User" });
const answer = '{"name":"Jason","age":25}';
const prompt = "Extract: Jason is 25 years old";

describe("fromOpenAI", () => {
  const modes: Array<[Mode, MessageReply]> = [
    [Mode.TOOLS, { type: "message", toolCalls: [{ name: "User", arguments: answer }] }],
    [Mode.JSON, { type: "message", content: answer }],
    [Mode.JSON_SCHEMA, { type: "message", content: answer }],
    [Mode.MD_JSON, { type: "message", content: `Sure:\n\`\`\`json\n${answer}\n\`\`\`` }],
  ];

  for (const [mode, reply] of modes) {
    it(`generates a typed, validated value in ${mode} mode`, async () => {
      server.enqueue(reply);
      const user = await fromOpenAI(client, { mode }).generate({
        responseModel: User,
        model: "gpt-test",
        prompt,
      });
      expectTypeOf(user).toEqualTypeOf<{ name: string; age: number }>();
      expect(user).toEqual({ name: "Jason", age: 25 });
    });
  }

  it("re-asks with the validation errors, then succeeds", async () => {
    server.enqueue(
      { type: "message", content: '{"name":"Jason","age":"25"}' },
      { type: "message", content: answer },
    );
    const result = await fromOpenAI(client, { mode: Mode.JSON }).generateWithCompletion({
      responseModel: User,
      model: "gpt-test",
      prompt,
    });
    expect(result).toMatchObject({ data: { name: "Jason", age: 25 }, attempts: 2 });
    expect(JSON.stringify(server.requests[1]?.body)).toContain("age");
  });

  it("raises RefusalError when the model refuses", async () => {
    server.enqueue({ type: "message", content: null, refusal: "I can't help with that." });
    const error = await fromOpenAI(client, { mode: Mode.JSON_SCHEMA })
      .generate({ responseModel: User, model: "gpt-test", prompt })
      .catch((e: unknown) => e);
    expect(RefusalError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ refusal: "I can't help with that." });
  });

  it("rejects a schema JSON_SCHEMA mode cannot express before sending anything", async () => {
    const Scores = z.object({ scores: z.record(z.string(), z.number()) });
    const error = await fromOpenAI(client, { mode: Mode.JSON_SCHEMA })
      .generate({ responseModel: Scores, model: "gpt-test", prompt })
      .catch((e: unknown) => e);
    expect(UnsupportedModeError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});
