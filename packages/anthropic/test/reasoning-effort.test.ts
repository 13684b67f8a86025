import { Mode, type ReasoningEvent, UnsupportedReasoningError } from "@instr/core";
import { rejectionOf } from "@instr/core/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromAnthropic } from "../src/from-anthropic.js";
import { THINKING_BUDGETS } from "../src/thinking-budget.js";
import { DEFAULT_MAX_TOKENS } from "../src/to-request-body.js";
import { anthropicTestServer } from "./anthropic-test-server.js";

const { server, client } = await anthropicTestServer();
const Person = z.object({ name: z.string(), age: z.number().int() });
const jason = '{"name":"Jason","age":25}';
const params = { responseModel: Person, model: "claude-sonnet-4-5", prompt: "Jason is 25" };

describe("reasoningEffort through @anthropic-ai/sdk", () => {
  it("turns extended thinking on with the table's budget, max_tokens above it, tool_choice auto", async () => {
    server.enqueue({
      type: "message",
      reasoning: "The text says 25.",
      toolCalls: [{ name: "Response", arguments: jason }],
    });
    const { data, reasoning } = await fromAnthropic(client).generateWithCompletion({
      ...params,
      reasoningEffort: "low",
    });
    expect(data).toEqual({ name: "Jason", age: 25 });
    expect(reasoning).toBe("The text says 25.");
    expect(server.requests[0]?.body).toMatchObject({
      thinking: { type: "enabled", budget_tokens: THINKING_BUDGETS.low },
      max_tokens: DEFAULT_MAX_TOKENS + THINKING_BUDGETS.low,
      tool_choice: { type: "auto" },
    });
  });

  it("takes the client's default, streams reasoning as hook deltas, and a call's effort wins", async () => {
    server.enqueue(
      { type: "message", reasoning: "Hmm, 25.", content: jason, stream: { chunkSize: 3 } },
      { type: "message", content: jason },
    );
    const instructor = fromAnthropic(client, { mode: Mode.JSON, reasoningEffort: "medium" });
    const thoughts: ReasoningEvent[] = [];
    instructor.on("reasoning", (event) => thoughts.push(event));
    let last: unknown;
    for await (const partial of instructor.generatePartial(params)) last = partial;
    expect(last).toEqual({ name: "Jason", age: 25 });
    expect(thoughts.map((t) => t.delta).join("")).toBe("Hmm, 25.");
    await instructor.generate({ ...params, reasoningEffort: "high", maxTokens: 2000 });
    const [streamed, whole] = server.requests.map((r) => r.body);
    expect(streamed).toMatchObject({
      stream: true,
      thinking: { type: "enabled", budget_tokens: THINKING_BUDGETS.medium },
    });
    expect(whole).toMatchObject({
      thinking: { type: "enabled", budget_tokens: THINKING_BUDGETS.high },
      max_tokens: 2000 + THINKING_BUDGETS.high,
    });
  });

  it("rejects it on a model without extended thinking before any request", async () => {
    const call = { ...params, model: "claude-3-5-haiku-20241022", reasoningEffort: "low" } as const;
    const error = await rejectionOf(fromAnthropic(client).generate(call));
    expect(UnsupportedReasoningError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      provider: "anthropic",
      model: call.model,
      reasoningEffort: "low",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a temperature other than 1 with thinking on before any request, and sends 1", async () => {
    const error = await fromAnthropic(client)
      .generate({ ...params, reasoningEffort: "low", temperature: 0.2 })
      .catch((e: unknown) => e);
    expect(UnsupportedReasoningError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: "anthropic", reasoningEffort: "low" });
    expect(String(error)).toContain("temperature 1 only, got 0.2");
    expect(server.requests).toHaveLength(0);
    server.enqueue({ type: "message", toolCalls: [{ name: "Response", arguments: jason }] });
    await fromAnthropic(client).generate({ ...params, reasoningEffort: "low", temperature: 1 });
    expect(server.requests[0]?.body).toMatchObject({ temperature: 1 });
  });
});
