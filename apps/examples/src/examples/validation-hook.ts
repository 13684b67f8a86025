import { fromCerebras } from "@instr/cerebras";
import type { ValidationError } from "@instr/core";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { UppercaseUser } from "./schemas.js";
import { summarizeError } from "./summarize-error.js";

/**
 * Guide: "Validation Hook". Called on every validation failure with the value, the failures so
 * far and the error; returning false stops re-asking.
 */
export async function run(ctx: ExampleContext) {
  const failures: string[] = [];
  const validationHook = (_value: unknown, retryCount: number, error: ValidationError) => {
    const line = `Validation failed ${retryCount} times: ${summarizeError(error)}`;
    ctx.print(line);
    failures.push(line);
    return retryCount < 3; // retry up to 3 times
  };
  const client = fromCerebras(ctx.cerebras()).with({ validationHook });

  ctx.script(
    jsonAnswer({ name: "Jason", age: 25 }, "The name is Jason and the age is 25."),
    jsonAnswer({ name: "JASON", age: 25 }, "The name must be uppercase: JASON."),
  );
  const user = await client.generate({
    prompt: "Extract: Jason is 25 years old",
    model: ctx.model,
    responseModel: UppercaseUser,
  });

  ctx.print(user);
  return { user, failures };
}
