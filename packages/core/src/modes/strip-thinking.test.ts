import { describe, expect, it } from "vitest";
import { stripThinking } from "./strip-thinking.js";

describe("stripThinking", () => {
  it("removes closed blocks, any case, several of them", () => {
    expect(stripThinking("<think>a</think>x<THINK>b\nc</THINK>y")).toBe("xy");
  });

  it("drops everything before a lone closing tag", () => {
    expect(stripThinking("reasoning</think>answer")).toBe("answer");
  });

  it("drops everything after an unclosed opening tag", () => {
    expect(stripThinking("answer<think>still thinking")).toBe("answer");
  });

  it("leaves text without tags alone", () => {
    expect(stripThinking("plain")).toBe("plain");
  });
});
