import type { MessageReply } from "@instr/mock-server";
import { z } from "zod";

/** The schema of the scenario: a person with a whole-number age. */
export const Person = z.object({ name: z.string(), age: z.number().int() });

/** The text the person is extracted from. */
export const prompt = "Jason is 25";

/** The valid answer, as the JSON text a model writes. */
export const jason = '{"name":"Jason","age":25}';

/** A reply calling the `Response` tool (core's default tool name) with {@link jason}. */
export const toolAnswer = {
  type: "message",
  toolCalls: [{ name: "Response", arguments: jason }],
} satisfies MessageReply;

/** A reply streaming a list answer for `generateIterable`, the items Jason then Ann, in 5-character chunks. */
export const streamedJasonAndAnn = {
  type: "message",
  content: `{"items":[${jason},{"name":"Ann","age":31}]}`,
  stream: { chunkSize: 5 },
} satisfies MessageReply;

/** The elements {@link streamedJasonAndAnn} yields, in order. */
export const people = [
  { name: "Jason", age: 25 },
  { name: "Ann", age: 31 },
];
