import { type AdapterRequest, InstructorError, Mode } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { providerOptionsForModel } from "./provider-options-for-model.js";

const request: AdapterRequest = {
  model: "m",
  mode: Mode.JSON_SCHEMA,
  messages: [{ role: "user", content: "hi" }],
  schema: { name: "User", jsonSchema: { type: "object" } },
};

describe("providerOptionsForModel", () => {
  it("hands only this adapter's options to the model, under the AI SDK provider's namespace", () => {
    const options = providerOptionsForModel(
      { ...request, providerOptions: { acme: { user: "u1", seed: 7 }, other: { seed: 1 } } },
      "acme",
      "acme-sdk",
    );
    expect(options).toEqual({ "acme-sdk": { user: "u1", seed: 7 } });
  });

  it("drops keys naming wire fields the bridge sets; temperature and token limits only when set", () => {
    const own = {
      model: "x",
      messages: [],
      response_format: { type: "text" },
      tools: [],
      tool_choice: "none",
      stream: false,
      stream_options: {},
      temperature: 2,
      max_tokens: 1,
      max_completion_tokens: 1,
      seed: 7,
    };
    const unset = providerOptionsForModel({ ...request, providerOptions: { a: own } }, "a", "a");
    expect(unset).toEqual({
      a: { temperature: 2, max_tokens: 1, max_completion_tokens: 1, seed: 7 },
    });
    const set = providerOptionsForModel(
      { ...request, temperature: 0.5, maxTokens: 64, providerOptions: { a: own } },
      "a",
      "a",
    );
    expect(set).toEqual({ a: { seed: 7 } });
  });

  it("sends no providerOptions when none are left, and rejects values that are not JSON", () => {
    expect(providerOptionsForModel(request, "a", "a")).toBeUndefined();
    expect(
      providerOptionsForModel({ ...request, providerOptions: { a: { model: "x" } } }, "a", "a"),
    ).toBeUndefined();
    const call = () =>
      providerOptionsForModel({ ...request, providerOptions: { a: { fn: () => 1 } } }, "a", "a");
    expect(call).toThrow(InstructorError);
    expect(call).toThrow(/providerOptions\.a must hold JSON values only/);
  });
});
