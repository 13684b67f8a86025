import { describe, expect, it } from "vitest";
import {
  defaultCapabilities,
  modelCapabilities,
  resolveCapabilities,
} from "./model-capabilities.js";

describe("resolveCapabilities", () => {
  it("reads the table: gpt-oss-120b is not forced to call a tool; qwen-3.8-27b is", () => {
    expect(resolveCapabilities("gpt-oss-120b")).toEqual({
      forcedToolChoice: false,
      strictTools: true,
      reasoning: true,
      inputKinds: ["text"],
      reasoningEfforts: ["low", "medium", "high"],
      limits: { contextTokens: 131_000, maxOutputTokens: 40_000 },
    });
    expect(resolveCapabilities("qwen-3.8-27b").forcedToolChoice).toBe(true);
  });

  it("falls back to the defaults for an unknown model", () => {
    expect(resolveCapabilities("my-dedicated-model")).toEqual(defaultCapabilities);
  });

  it("lets overrides win, field by field, for listed and unlisted models", () => {
    const overrides = { "gpt-oss-120b": { forcedToolChoice: true }, custom: { strictTools: true } };
    expect(resolveCapabilities("gpt-oss-120b", overrides)).toEqual({
      ...modelCapabilities["gpt-oss-120b"],
      forcedToolChoice: true,
    });
    expect(resolveCapabilities("custom", overrides)).toEqual({
      ...defaultCapabilities,
      strictTools: true,
    });
  });
});
