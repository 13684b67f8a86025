import { Mode, type ModeFallbackEvent, ProviderError } from "@instr/core";
import type { RecordedRequest, Reply } from "@instr/mock-server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();
const User = z.object({ name: z.string(), age: z.int() });
const params = { model: "gpt-oss-120b", responseModel: User, prompt: "Jason is 25" };
const REJECTION =
  "Unsupported tool_choice: function calling is not supported. Expected 'auto' or 'none'.";

/** A server that rejects every request with tools, as some deployments reject a tool choice. */
function rejectTools(request: RecordedRequest): Reply {
  const body = request.body as { tools?: unknown };
  if (body.tools !== undefined) return { type: "error", status: 400, message: REJECTION };
  return { type: "message", content: '{"name":"Jason","age":25}' };
}

const rejected = () =>
  mock.server.requests.filter((r) => (r.body as { tools?: unknown }).tools !== undefined);

describe("automatic mode fallback through the Cerebras SDK", () => {
  it("20 TOOLS calls against a server that rejects tools: one rejected request, 20 answers", async () => {
    mock.server.setHandler(rejectTools);
    const instructor = fromCerebras(mock.client, { mode: Mode.TOOLS });
    const events: ModeFallbackEvent[] = [];
    instructor.on("mode:fallback", (event) => events.push(event));
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await instructor.generate(params));
    expect(answers).toEqual(Array(20).fill({ name: "Jason", age: 25 }));
    expect(rejected()).toHaveLength(1);
    expect(mock.server.requests).toHaveLength(21);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      from: "tools",
      to: "json",
      provider: "cerebras",
      model: "gpt-oss-120b",
      message: `cerebras: 400 ${REJECTION}`,
      attempt: 1,
    });
    // Later requests went straight to JSON mode: the JSON-object response format.
    expect(mock.server.requests.at(-1)?.body).toMatchObject({
      response_format: { type: "json_object" },
    });
  });

  it("streams fall back too, before any snapshot", async () => {
    mock.server.setHandler(rejectTools);
    const instructor = fromCerebras(mock.client, { mode: Mode.TOOLS });
    const snapshots = [];
    for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(rejected()).toHaveLength(1);
  });

  it("with modeFallback: false the first call rejects with the 400's ProviderError", async () => {
    mock.server.setHandler(rejectTools);
    const instructor = fromCerebras(mock.client, { mode: Mode.TOOLS, modeFallback: false });
    const error = await instructor.generate(params).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      isRetryable: false,
      message: `cerebras: 400 ${REJECTION}`,
    });
    expect(mock.server.requests).toHaveLength(1);
  });

  it("never falls back on a 429 or a 500 that names tool_choice", async () => {
    for (const status of [429, 500]) {
      mock.server.reset();
      mock.server.setHandler(() => ({ type: "error", status, message: REJECTION }));
      const instructor = fromCerebras(mock.client, { mode: Mode.TOOLS });
      await expect(instructor.generate(params)).rejects.toMatchObject({ status });
      expect(mock.server.requests).toHaveLength(1);
    }
  });
});
