import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { RetryError } from "../errors/retry-error.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { Mode } from "../types/mode.js";
import { createInstructor } from "./create-instructor.js";

const User = z.object({ name: z.string(), age: z.number() });
const signed = { acme: { signature: "sig-1" } };

describe("reasoning and providerMetadata", () => {
  it("returns the successful attempt's reasoning and sends the failed one back unchanged", async () => {
    const adapter = new MockAdapter({
      responses: [
        {
          ...toolCallResponse("Response", { name: "J" }),
          reasoning: [{ type: "reasoning", text: "first try", providerMetadata: signed }],
          providerMetadata: { acme: { turn: 1 } },
        },
        {
          ...toolCallResponse("Response", { name: "J", age: 3 }),
          reasoning: [
            { type: "reasoning", text: "fixed " },
            { type: "reasoning", text: "it" },
          ],
        },
      ],
    });
    const result = await createInstructor({ adapter }).generateWithCompletion({
      responseModel: User,
      model: "m",
      prompt: "J is 3",
    });
    expect(result.reasoning).toBe("fixed it");
    const reask = adapter.requests[1]?.messages.find((m) => m.role === "assistant");
    expect(reask).toMatchObject({
      reasoning: [{ type: "reasoning", text: "first try", providerMetadata: signed }],
      providerMetadata: { acme: { turn: 1 } },
    });
  });

  it("keeps each failed attempt's reasoning on RetryError", async () => {
    const bad = { ...toolCallResponse("Response", { name: "J" }) };
    const adapter = new MockAdapter({
      responses: [
        { ...bad, reasoning: [{ type: "reasoning", text: "a" }] },
        { ...bad, reasoning: [{ type: "reasoning", text: "b" }] },
      ],
    });
    const error = await createInstructor({ adapter, maxRetries: 1 })
      .generate({ responseModel: User, model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(RetryError.isInstance(error) && error.attempts.map((a) => a.reasoning)).toEqual([
      "a",
      "b",
    ]);
  });

  it("streams: reasoning deltas build parts (metadata closes one), re-asked unchanged", async () => {
    const adapter = new MockAdapter({
      defaultMode: Mode.JSON,
      streams: [
        [
          { type: "reasoning-delta", delta: "thin" },
          { type: "reasoning-delta", delta: "king", providerMetadata: signed },
          { type: "reasoning-delta", delta: "more" },
          { type: "text-delta", delta: '{"name":"J"}' },
          { type: "finish", finishReason: "stop" },
        ],
        [
          { type: "text-delta", delta: '{"name":"J","age":3}' },
          { type: "finish", finishReason: "stop" },
        ],
      ],
    });
    const values = [];
    for await (const value of createInstructor({ adapter }).generatePartial({
      responseModel: User,
      model: "m",
      prompt: "p",
    })) {
      values.push(value);
    }
    expect(values.at(-1)).toEqual({ name: "J", age: 3 });
    expect(adapter.requests[1]?.messages.find((m) => m.role === "assistant")).toMatchObject({
      reasoning: [
        { type: "reasoning", text: "thinking", providerMetadata: signed },
        { type: "reasoning", text: "more" },
      ],
    });
  });

  it("streams: refusal deltas reject with RefusalError; no finish part is IncompleteOutputError", async () => {
    const adapter = new MockAdapter({
      defaultMode: Mode.JSON,
      streams: [
        [
          { type: "refusal-delta", delta: "I can't " },
          { type: "refusal-delta", delta: "help." },
          { type: "finish", finishReason: "stop" },
        ],
        [{ type: "text-delta", delta: '{"name":"J","age":3}' }],
      ],
    });
    const client = createInstructor({ adapter });
    const run = async () => {
      for await (const _ of client.generatePartial({
        responseModel: User,
        model: "m",
        prompt: "p",
      }));
    };
    const refusal = await run().catch((e: unknown) => e);
    expect(RefusalError.isInstance(refusal) && refusal.refusal).toBe("I can't help.");
    const cut = await run().catch((e: unknown) => e);
    expect(IncompleteOutputError.isInstance(cut)).toBe(true);
  });
});
