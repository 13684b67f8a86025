import { expectTypeOf, it } from "vitest";
import type { SystemContent, UserContent } from "./content-part.js";
import type { Message } from "./message.js";
import type { ProviderMetadata } from "./provider-metadata.js";

declare const role: "system" | "user";

it("gives every role its own member, so Extract and Exclude narrow by role", () => {
  expectTypeOf<Extract<Message, { role: "system" }>>().toEqualTypeOf<{
    role: "system";
    content: SystemContent;
    providerMetadata?: ProviderMetadata;
  }>();
  expectTypeOf<Extract<Message, { role: "user" }>>().toEqualTypeOf<{
    role: "user";
    content: UserContent;
    providerMetadata?: ProviderMetadata;
  }>();
  expectTypeOf<Exclude<Message, { role: "system" }>["role"]>().toEqualTypeOf<
    "user" | "assistant" | "tool"
  >();
});

it("accepts string content and content parts", () => {
  expectTypeOf({ role, content: "hi" }).toExtend<Message>();
  expectTypeOf<{ role: "system"; content: string }>().toExtend<Message>();
  expectTypeOf({
    role: "user" as const,
    content: [
      { type: "text" as const, text: "What is on this page?" },
      { type: "image" as const, image: new Uint8Array(), mediaType: "image/png" },
      { type: "file" as const, data: "JVBERi0=", mediaType: "application/pdf", filename: "a.pdf" },
    ],
  }).toExtend<Message>();
  // @ts-expect-error: a user message needs content.
  const missing: Message = { role: "user" };
  // @ts-expect-error: a file part needs its media type.
  const untyped: Message = { role: "user", content: [{ type: "file", data: "JVBERi0=" }] };
  void missing;
  void untyped;
});
