import { fromCerebras } from "@instr/cerebras";
import type { ReplyHandler } from "@instr/mock-server";
import type { ExampleContext } from "../runner/example-context.js";
import { answerByPrompt } from "../script/answer-by-prompt.js";
import { jsonAnswer } from "../script/replies.js";
import { User } from "./schemas.js";

const people = [
  ["Jason is 25 years old", { name: "Jason", age: 25 }],
  ["Sarah is 30 years old", { name: "Sarah", age: 30 }],
  ["Mike is 28 years old", { name: "Mike", age: 28 }],
  ["Ana is 41 years old", { name: "Ana", age: 41 }],
  ["Wei is 19 years old", { name: "Wei", age: 19 }],
  ["Priya is 36 years old", { name: "Priya", age: 36 }],
] as const;

/**
 * Guide: "Optimization Tips / Optimize batch processing". `generateBatch` keeps a few requests in
 * flight, halves that on a 429 and waits out its `retry-after`, and settles every item
 * (`fulfilled` with `value`, or `rejected` with `error`), in input order.
 */
export async function run(ctx: ExampleContext) {
  // The batch handles 429s itself (pausing every request), so the SDK's retries are off.
  const client = fromCerebras(ctx.cerebras({ maxRetries: 0 }));

  ctx.scriptHandler(
    "one answer per sentence; the first request for Mike is rate limited (429, retry-after-ms 300)",
    rateLimitOnce(
      "Mike",
      answerByPrompt(Object.fromEntries(people.map(([text, user]) => [text, jsonAnswer(user)]))),
    ),
  );
  const { results, summary } = await client.generateBatch(
    people.map(([text]) => ({ prompt: `Extract: ${text}`, model: ctx.model, responseModel: User })),
    { concurrency: 3 },
  );

  for (const result of results) {
    ctx.print(
      result.status === "fulfilled" ? result.value : `#${result.index} failed: ${result.error}`,
    );
  }
  const { done, succeeded, failed, rateLimited, usage } = summary;
  ctx.print({ done, succeeded, failed, rateLimited, totalTokens: usage.totalTokens });
  return { results, summary };
}

/** Answers the first request whose prompt mentions `word` with a 429, then defers to `next`. */
function rateLimitOnce(word: string, next: ReplyHandler): ReplyHandler {
  let limited = false;
  return (request) => {
    if (!limited && JSON.stringify(request.body).includes(word)) {
      limited = true;
      return { type: "error", status: 429, headers: { "retry-after-ms": "300" } };
    }
    return next(request);
  };
}
