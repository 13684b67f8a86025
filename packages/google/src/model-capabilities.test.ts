import { describe, expect, it } from "vitest";
import { reasoningEffortsOf, resolveCapabilities } from "./model-capabilities.js";

describe("resolveCapabilities", () => {
  it("takes the longest matching prefix, ignoring a models/ prefix", () => {
    expect(resolveCapabilities("models/gemini-2.5-flash-lite").thinking).toMatchObject({
      knob: "budget",
      budgets: { high: 24_576 },
    });
    expect(resolveCapabilities("gemini-3-pro-preview").thinking).toEqual({
      knob: "level",
      efforts: ["low", "high"],
    });
    expect(resolveCapabilities("gemini-3.5-flash").thinking).toMatchObject({ knob: "level" });
    expect(resolveCapabilities("gemini-flash-latest").thinking).toEqual({ knob: "level" });
    expect(resolveCapabilities("gemma-3-4b-it").inputKinds).toEqual(["text", "image"]);
  });

  it("gives an unknown id text only and no thinking, unless overridden", () => {
    expect(resolveCapabilities("tunedModels/x")).toEqual({ inputKinds: ["text"] });
    expect(
      resolveCapabilities("tunedModels/x", { "tunedModels/x": { inputKinds: ["text", "pdf"] } }),
    ).toEqual({ inputKinds: ["text", "pdf"] });
  });

  it("lists the efforts a model takes: none, unknown (sent as asked) or the table's", () => {
    expect(reasoningEffortsOf(resolveCapabilities("gemini-2.0-flash"))).toEqual([]);
    expect(reasoningEffortsOf(resolveCapabilities("gemini-flash-latest"))).toBeUndefined();
    expect(reasoningEffortsOf(resolveCapabilities("gemini-2.5-pro"))).toEqual([
      "low",
      "medium",
      "high",
    ]);
  });
});
