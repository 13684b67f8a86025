import { fromCerebras } from "@instr/cerebras";
import { ProviderError, RetryError } from "@instr/core";
import { z } from "zod";
import type { ExampleContext } from "../runner/example-context.js";
import { jsonAnswer } from "../script/replies.js";
import { User } from "./schemas.js";
import { summarizeError } from "./summarize-error.js";

const Adult = User.extend({
  age: z
    .number()
    .int()
    .refine((age) => age >= 30, "must be 30 or older"),
}).meta({ title: "User" });

/**
 * Guide: "Best Practices / Error Handling". Every error is typed; `X.isInstance(e)` works even
 * when two copies of @instr/core end up in one bundle, where `instanceof` would not.
 */
export async function run(ctx: ExampleContext) {
  const client = fromCerebras(ctx.cerebras());
  const prompt = "Extract: Jason is 25 years old";
  const outcome: Record<string, unknown> = {};

  // 1. The answer never validates: RetryError, with every attempt's raw text and error.
  ctx.script(jsonAnswer({ name: "Jason", age: 25 }), jsonAnswer({ name: "Jason", age: 25 }));
  try {
    outcome.adult = await client.generate({
      prompt,
      model: ctx.model,
      responseModel: Adult,
      maxRetries: 1,
    });
    ctx.print("accepted:", outcome.adult);
  } catch (error) {
    if (!RetryError.isInstance(error)) throw error;
    ctx.print(
      `RetryError after ${error.attempts.length} attempts, ${error.usage.totalTokens} tokens:`,
    );
    for (const a of error.attempts)
      ctx.print(`  #${a.attempt} ${a.rawText} -> ${summarizeError(a.error)}`);
    outcome.retryError = error;
  }

  // 2. A wrong API key: ProviderError 401, never retried; the key is in no message.
  ctx.script({ type: "error", status: 401, message: "Wrong API Key" });
  const stranger = fromCerebras(ctx.cerebras({ apiKey: "csk-not-a-real-key" }));
  try {
    await stranger.generate({ prompt, model: ctx.model, responseModel: User });
  } catch (error) {
    if (!ProviderError.isInstance(error)) throw error;
    ctx.print(`ProviderError ${error.status} (retryable: ${error.isRetryable}): ${error.message}`);
    outcome.authError = error;
  }

  // 3. Rate limited, with the SDK's own transport retries off: ProviderError 429, retryable.
  ctx.script({
    type: "error",
    status: 429,
    message: "Requests per minute limit exceeded - too many requests sent.",
    headers: { "retry-after": "2", "x-ratelimit-remaining-requests-minute": "0" },
  });
  const impatient = fromCerebras(ctx.cerebras({ maxRetries: 0 }));
  try {
    outcome.user = await impatient.generate({ prompt, model: ctx.model, responseModel: User });
    ctx.print("not rate limited this time:", outcome.user);
  } catch (error) {
    if (!ProviderError.isInstance(error)) throw error;
    const wait = error.headers["retry-after"];
    ctx.print(
      `ProviderError ${error.status} (retryable: ${error.isRetryable}, retry after ${wait} s): ${error.message}`,
    );
    outcome.rateLimitError = error;
  }
  return outcome;
}
