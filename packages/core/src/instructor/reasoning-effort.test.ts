import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedReasoningError } from "../errors/unsupported-reasoning-error.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import type { ReasoningEffort } from "../types/reasoning-effort.js";
import { createInstructor } from "./create-instructor.js";

const params = { responseModel: z.object({ name: z.string() }), prompt: "Jason" };
const answer = () => toolCallResponse("Response", { name: "Jason" });

/** A mock adapter whose table says: "thinker" takes low and high, "plain" takes none. */
function adapterWithTable() {
  const table: Record<string, readonly ReasoningEffort[]> = { thinker: ["low", "high"], plain: [] };
  return Object.assign(new MockAdapter(), { reasoningEfforts: (model: string) => table[model] });
}

describe("reasoningEffort", () => {
  it("reaches the adapter's request from the call, the client or with()", async () => {
    const adapter = adapterWithTable();
    for (let i = 0; i < 3; i++) adapter.enqueueResponse(answer());
    const instructor = createInstructor({ adapter, reasoningEffort: "high" });
    await instructor.generate({ ...params, model: "thinker" });
    await instructor.generate({ ...params, model: "thinker", reasoningEffort: "low" });
    await instructor.with({ reasoningEffort: "low" }).generate({ ...params, model: "unknown" });
    expect(adapter.requests.map((r) => r.reasoningEffort)).toEqual(["high", "low", "low"]);
  });

  it("is left out of the request when not given", async () => {
    const adapter = adapterWithTable().enqueueResponse(answer());
    await createInstructor({ adapter }).generate({ ...params, model: "plain" });
    expect(adapter.requests[0]).not.toHaveProperty("reasoningEffort");
  });

  it("rejects before any request on a model that takes none, or not this one", async () => {
    const adapter = adapterWithTable();
    const instructor = createInstructor({ adapter });
    const none = instructor.generate({ ...params, model: "plain", reasoningEffort: "low" });
    await expect(none).rejects.toBeInstanceOf(UnsupportedReasoningError);
    await expect(none).rejects.toMatchObject({
      provider: "mock",
      model: "plain",
      reasoningEffort: "low",
      supportedEfforts: [],
      message: expect.stringContaining('"plain" takes no reasoningEffort'),
    });
    const other = instructor.generate({ ...params, model: "thinker", reasoningEffort: "medium" });
    await expect(other).rejects.toThrow('takes reasoningEffort "low", "high", not "medium"');
    expect(adapter.requests).toHaveLength(0);
  });

  it("rejects a value that is no effort with an InstructorError", async () => {
    const instructor = createInstructor({ adapter: adapterWithTable() });
    // What a JavaScript caller (or a config file) could pass: the type would refuse it.
    const bad = { ...params, model: "thinker", reasoningEffort: "max" as ReasoningEffort };
    await expect(instructor.generate(bad)).rejects.toThrow(InstructorError);
    await expect(instructor.generate(bad)).rejects.toThrow(/must be "low", "medium" or "high"/);
  });
});
