import { describe, expect, it } from "vitest";
import { ProviderError } from "../errors/provider-error.js";
import { Mode } from "../types/mode.js";
import { workingMode } from "./fallback-order.js";
import { isModeRejection, isStreamingRejection } from "./mode-rejection.js";

function providerError(status: number | undefined, message: string, isRetryable = false) {
  return new ProviderError(message, {
    provider: "p",
    ...(status === undefined ? {} : { status }),
    isRetryable,
  });
}

describe("isModeRejection", () => {
  it("takes a 400 or 422 that refuses one of the mode's wire fields", () => {
    const tools = "API error 400: Unsupported tool_choice value. Expected 'auto' or 'none'.";
    expect(isModeRejection(providerError(400, tools), Mode.TOOLS)).toBe(true);
    expect(isModeRejection(providerError(422, "tools are not supported"), Mode.TOOLS)).toBe(true);
    const format = "response_format json_schema is not supported for this model";
    expect(isModeRejection(providerError(400, format), Mode.JSON_SCHEMA)).toBe(true);
    expect(isModeRejection(providerError(400, "Invalid response_format"), Mode.JSON)).toBe(true);
    const stream = "Streaming is not supported with structured outputs";
    expect(isModeRejection(providerError(400, stream), Mode.JSON_SCHEMA)).toBe(true);
  });

  it("takes nothing about a field the mode does not send", () => {
    expect(isModeRejection(providerError(400, "Unsupported tool_choice"), Mode.JSON)).toBe(false);
    const format = "response_format is not supported";
    expect(isModeRejection(providerError(400, format), Mode.TOOLS)).toBe(false);
    expect(isModeRejection(providerError(400, format), Mode.MD_JSON)).toBe(false);
  });

  it("never takes 401, 429, 5xx, a retryable error, no status, or a 400 about something else", () => {
    const message = "tool_choice is not supported";
    for (const status of [401, 403, 404, 429, 500, 503, undefined]) {
      expect(isModeRejection(providerError(status, message), Mode.TOOLS)).toBe(false);
    }
    expect(isModeRejection(providerError(400, message, true), Mode.TOOLS)).toBe(false);
    const context = "Please reduce the length of the messages: tools count too";
    expect(isModeRejection(providerError(400, context), Mode.TOOLS)).toBe(false);
    expect(isModeRejection(new Error(message), Mode.TOOLS)).toBe(false);
  });

  it("tells a rejection about streaming apart", () => {
    expect(isStreamingRejection(providerError(400, "stream with json_schema unsupported"))).toBe(
      true,
    );
    expect(isStreamingRejection(providerError(400, "json_schema unsupported"))).toBe(false);
  });
});

describe("workingMode", () => {
  const all = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON];
  const none = () => false;

  it("keeps a mode that is not rejected", () => {
    expect(workingMode(Mode.TOOLS, all, none)).toBe(Mode.TOOLS);
  });

  it("goes down the order past rejected and unsupported modes, never up", () => {
    const rejected =
      (...modes: string[]) =>
      (mode: string) =>
        modes.includes(mode);
    expect(workingMode(Mode.JSON_SCHEMA, all, rejected("json_schema"))).toBe(Mode.TOOLS);
    expect(workingMode(Mode.TOOLS, all, rejected("tools"))).toBe(Mode.JSON);
    expect(workingMode(Mode.JSON_SCHEMA, all, rejected("json_schema", "tools"))).toBe(Mode.JSON);
    const noJson = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.MD_JSON];
    expect(workingMode(Mode.TOOLS, noJson, rejected("tools"))).toBe(Mode.MD_JSON);
    expect(workingMode(Mode.MD_JSON, all, rejected("md_json"))).toBeUndefined();
    expect(workingMode(Mode.JSON, [Mode.JSON], rejected("json"))).toBeUndefined();
  });
});
