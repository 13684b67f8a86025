import { fromCerebras } from "@instr/cerebras";
import type { ExampleContext } from "../runner/example-context.js";
import { answerByPrompt } from "../script/answer-by-prompt.js";
import { jsonAnswer } from "../script/replies.js";
import { User } from "./schemas.js";

const sentences = ["Jason is 25 years old", "Sarah is 30 years old", "Mike is 28 years old"];

/**
 * Guide: "Simple User Example (Async)". Every call is already async in TypeScript, so the twin
 * shows what async is for: several extractions in flight at once with `Promise.all`.
 */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());

  ctx.scriptHandler(
    "one answer per sentence, whatever order the concurrent requests arrive in",
    answerByPrompt({
      Jason: jsonAnswer({ name: "Jason", age: 25 }),
      Sarah: jsonAnswer({ name: "Sarah", age: 30 }),
      Mike: jsonAnswer({ name: "Mike", age: 28 }),
    }),
  );
  const users = await Promise.all(
    sentences.map((sentence) =>
      client.generate({ prompt: `Extract: ${sentence}`, model: ctx.model, responseModel: User }),
    ),
  );

  for (const user of users) ctx.print(user);
  return users;
}
