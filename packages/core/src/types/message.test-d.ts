import { expectTypeOf, it } from "vitest";
import type { Message } from "./message.js";

declare const role: "system" | "user";

it("gives every role its own member, so Extract and Exclude narrow by role", () => {
  expectTypeOf<Extract<Message, { role: "system" }>>().toEqualTypeOf<{
    role: "system";
    content: string;
  }>();
  expectTypeOf<Extract<Message, { role: "user" }>>().toEqualTypeOf<{
    role: "user";
    content: string;
  }>();
  expectTypeOf<Exclude<Message, { role: "system" }>["role"]>().toEqualTypeOf<
    "user" | "assistant" | "tool"
  >();
});

it("accepts the same message literals as before the split", () => {
  expectTypeOf({ role, content: "hi" }).toExtend<Message>();
  expectTypeOf<{ role: "system"; content: string }>().toExtend<Message>();
  // @ts-expect-error: a user message needs content.
  const missing: Message = { role: "user" };
  void missing;
});
