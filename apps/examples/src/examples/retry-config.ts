import { fromCerebras } from "@instr/cerebras";
import type { RetryInfo } from "@instr/core";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { UppercaseUser } from "./schemas.js";
import { summarizeError } from "./summarize-error.js";

/**
 * Guide: "Custom Retrying". `retry: { maxRetries, onRetry }` is Python instructor's `RetryConfig`;
 * `onRetry` runs before each re-ask, which carries the model's answer and the validation errors.
 */
export async function run(ctx: ExampleContext) {
  const retries: RetryInfo[] = [];
  const client = fromCerebras(ctx.cerebras(), {
    retry: {
      maxRetries: 3,
      onRetry: (info) => {
        ctx.print(`Retrying... (attempt ${info.attempt} failed: ${summarizeError(info.error)})`);
        retries.push(info);
      },
    },
  });

  ctx.script(
    jsonAnswer({ name: "jason", age: 25 }),
    jsonAnswer({ name: "JASON", age: 25 }, "The validator wants the name in uppercase."),
  );
  const result = await client.generateWithCompletion({
    prompt: "Extract: jason is 25 years old",
    model: ctx.model,
    responseModel: UppercaseUser,
  });

  ctx.print(result.data, `after ${result.attempts} attempts, ${result.usage.totalTokens} tokens`);
  return { ...result, retries };
}
