import { describe, expect, it } from "vitest";
import { anthropicModelCapabilities, defaultAnthropicCapabilities } from "./model-capabilities.js";

describe("anthropicModelCapabilities", () => {
  it.each([
    ["claude-sonnet-4-5-20250929", true, true],
    ["claude-opus-4-1", true, true],
    ["claude-haiku-4-5", true, true],
    ["claude-sonnet-4-20250514", false, true],
    ["claude-opus-4-0", false, true],
    ["claude-3-7-sonnet-latest", false, true],
    ["claude-3-5-haiku-20241022", false, false],
    ["claude-3-haiku-20240307", false, false],
  ])("%s: structured outputs %s, extended thinking %s", (model, structured, thinking) => {
    expect(anthropicModelCapabilities(model)).toEqual({
      structuredOutputs: structured,
      extendedThinking: thinking,
      inputKinds: ["text", "image", "pdf"],
    });
  });

  it("gives an unknown id the defaults, and overrides win for their exact id only", () => {
    expect(anthropicModelCapabilities("my-proxy-model")).toEqual(defaultAnthropicCapabilities);
    const overrides = {
      "my-proxy-model": { extendedThinking: true, inputKinds: ["text"] as const },
    };
    expect(anthropicModelCapabilities("my-proxy-model", overrides)).toEqual({
      structuredOutputs: false,
      extendedThinking: true,
      inputKinds: ["text"],
    });
    expect(anthropicModelCapabilities("my-proxy-model-2", overrides)).toEqual(
      defaultAnthropicCapabilities,
    );
  });
});
