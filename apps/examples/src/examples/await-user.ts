import { fromCerebras } from "@instr/cerebras";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { User } from "./schemas.js";

/** Guide: "Simple User Example (Sync)". JavaScript never blocks on I/O; `await` is the twin. */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.script(jsonAnswer({ name: "Jason", age: 25 }, "Name Jason, age 25. Output JSON."));
  const user = await client.generate({
    prompt: "Extract: Jason is 25 years old",
    model: ctx.model,
    responseModel: User,
  });

  ctx.print(user); // typed { name: string; age: number }
  return user;
}
