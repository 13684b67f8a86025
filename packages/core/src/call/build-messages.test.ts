import { describe, expect, it } from "vitest";
import { InstructorError } from "../errors/instructor-error.js";
import type { Message } from "../types/message.js";
import { buildMessages } from "./build-messages.js";

const earlier: Message[] = [
  { role: "user", content: "hi" },
  { role: "assistant", content: "hello" },
];

describe("buildMessages", () => {
  it("puts one system message first, then the messages as given, then the prompt", () => {
    expect(
      buildMessages({ system: "Be brief.", messages: earlier, prompt: "go" }, "Use JSON."),
    ).toEqual([
      { role: "system", content: "Be brief.\n\nUse JSON." },
      ...earlier,
      { role: "user", content: "go" },
    ]);
  });

  it("drops blank system parts, and the system message when both are blank", () => {
    expect(buildMessages({ system: "  ", prompt: "go" }, "Use JSON.")[0]).toEqual({
      role: "system",
      content: "Use JSON.",
    });
    expect(buildMessages({ system: "Be brief.", prompt: "go" }, " ")[0]).toEqual({
      role: "system",
      content: "Be brief.",
    });
    expect(buildMessages({ messages: earlier }, "")).toEqual(earlier);
  });

  it("does not change the caller's messages array", () => {
    const messages = [...earlier];
    buildMessages({ messages, prompt: "go" }, "Use JSON.");
    expect(messages).toEqual(earlier);
  });

  it("rejects a conversation with nothing to answer", () => {
    const onlySystem: Message[] = [{ role: "system", content: "x" }];
    expect(() => buildMessages({ messages: onlySystem }, "Use JSON.")).toThrow(InstructorError);
    expect(() => buildMessages({}, "Use JSON.")).toThrow(/Nothing to answer/);
  });
});
