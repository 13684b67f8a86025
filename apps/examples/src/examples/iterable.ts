import { fromCerebras } from "@instr/cerebras";
import type { z } from "zod";
import type { ExampleContext } from "../runner/example-context.js";
import { User } from "./schemas.js";

/** Guide: "Iterable Example": several users from one text, each yielded once it is complete. */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.script({
    type: "message",
    content: JSON.stringify({
      items: [
        { name: "Jason", age: 25 },
        { name: "Sarah", age: 30 },
        { name: "Mike", age: 28 },
      ],
    }),
    stream: { chunkSize: 12, chunkDelayMs: 20 },
  });
  const users = client.generateIterable({
    prompt: `
      Extract users:
      1. Jason is 25 years old
      2. Sarah is 30 years old
      3. Mike is 28 years old
    `,
    model: ctx.model,
    responseModel: User, // the element schema: each item is a User
  });

  const seen: z.output<typeof User>[] = [];
  for await (const user of users) {
    ctx.print(user); // each user as soon as it is extracted
    seen.push(user);
  }
  return seen;
}
