import { fromCerebras } from "@instr/cerebras";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { User } from "./schemas.js";

/**
 * Guide: "Best Practices / Use appropriate timeout settings". `timeoutMs` bounds the whole call,
 * re-asks included, and rejects with a `DOMException` named "TimeoutError" (as `fetch` does).
 * The request is aborted, not left running.
 */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.script({ ...jsonAnswer({ name: "Jason", age: 25 }), delayMs: 5000 });
  try {
    const user = await client.generate({
      prompt: "Extract: Jason is 25 years old",
      model: ctx.model,
      responseModel: User,
      timeoutMs: 200,
    });
    ctx.print("answered within 200 ms:", user);
    return user;
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    ctx.print(`${error.name}: ${error.message}`);
    return error;
  }
}
