import { Mode } from "@instr/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { fromOpenAI } from "../src/from-openai.js";
import { openaiTestServer } from "./openai-test-server.js";

// OpenAI takes only an object as a function's parameters: core wraps a non-object root in
// `{ "value": … }`, so TOOLS never sends a scalar, array or union as a tool schema.

const { server, client } = await openaiTestServer();

type Body = { tools: Array<{ function: { parameters: unknown; strict?: boolean } }> };

/** The function the first request offered. */
const sentFunction = () => (server.requests[0]?.body as Body | undefined)?.tools[0]?.function;

describe("non-object roots through the openai SDK in TOOLS", () => {
  const roots = [
    ["an enum", z.enum(["spam", "ham"]), "spam"],
    ["an array", z.array(z.number()), [1, 2]],
    ["a nullable string", z.string().nullable(), null],
    ["a union", z.union([z.number(), z.object({ n: z.number() })]), { n: 3 }],
  ] as const;

  it.each(roots)(
    "%s root is sent as an object tool schema and comes back unwrapped",
    async (_, responseModel, value) => {
      server.enqueue({
        type: "message",
        toolCalls: [{ name: "Response", arguments: JSON.stringify({ value }) }],
      });
      const answer = await fromOpenAI(client, { mode: Mode.TOOLS }).generate({
        responseModel,
        model: "gpt-test",
        prompt: "p",
      });
      expect(answer).toEqual(value);
      expect(sentFunction()?.parameters).toMatchObject({ type: "object", required: ["value"] });
    },
  );

  it("types the unwrapped value by the schema and keeps the strict flag for a strict-ready wrapper", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ name: "Response", arguments: '{"value":"ham"}' }],
    });
    const label = await fromOpenAI(client, { mode: Mode.TOOLS }).generate({
      responseModel: z.enum(["spam", "ham"]),
      model: "gpt-test",
      prompt: "p",
    });
    expectTypeOf(label).toEqualTypeOf<"spam" | "ham">();
    expect(sentFunction()?.strict).toBe(true);
  });
});
