import { type GenerateParams, Mode } from "@instr/core";
import type { MessageReply } from "@instr/mock-server";
import { z } from "zod";

/** The response model most tests ask for. */
export const User = z.object({ name: z.string(), age: z.number() });

/** A valid `User`. */
export const JASON = { name: "Jason", age: 25 };

/** A model id both dialects accept; the mock server does not care which. */
export const MODEL = "llama-3.3-70b";

/** A completion whose content is `value` as JSON (the JSON / JSON_SCHEMA answer shape). */
export function jsonAnswer(
  value: unknown = JASON,
  extra: Partial<MessageReply> = {},
): MessageReply {
  return { type: "message", content: JSON.stringify(value), ...extra };
}

/** Parameters of a `User` call in JSON_SCHEMA mode (content answers on both dialects). */
export function userCall(
  overrides: Partial<GenerateParams<typeof User>> = {},
): GenerateParams<typeof User> {
  return {
    responseModel: User,
    model: MODEL,
    mode: Mode.JSON_SCHEMA,
    prompt: "Extract: Jason is 25 years old",
    ...overrides,
  };
}

/** A recursive tree node, for schemas that refer to themselves. */
export interface Category {
  name: string;
  children: Category[];
}

/** zod 4 recursion through a getter: its JSON Schema refers back to itself with `$ref`. */
export const Category: z.ZodType<Category> = z.object({
  name: z.string(),
  get children() {
    return z.array(Category);
  },
});
