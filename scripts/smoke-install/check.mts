// Type check as a consumer: the public types resolve and `generate` infers from the schema.
// Checked as ESM (check.mts) and, copied to check.cts by the script, as CommonJS.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { cerebrasAdapter, fromCerebras } from "@instr/cerebras";
import { type Instructor, Mode } from "@instr/core";
import type { ProviderAdapter } from "@instr/core/adapter";
import { z } from "zod";

const client = new Cerebras({ apiKey: "csk-smoke-test", baseURL: "http://127.0.0.1:9" });
const adapter: ProviderAdapter = cerebrasAdapter(client);
const instructor: Instructor = fromCerebras(client, { mode: Mode.TOOLS, maxRetries: 1 });
const User = z.object({ name: z.string(), age: z.number() });

export async function typed(): Promise<string> {
  const user = await instructor.generate({ responseModel: User, model: "m", prompt: "p" });
  const age: number = user.age;
  // @ts-expect-error: the result is typed from the schema, so unknown fields are errors.
  user.email;
  return `${user.name} ${age} ${adapter.provider}`;
}

// generateWithCompletion's completion is the Cerebras SDK's completion (undefined from a cache).
export async function completion(): Promise<number | undefined> {
  const result = await fromCerebras(client).generateWithCompletion({
    responseModel: User,
    model: "m",
    prompt: "p",
  });
  return result.completion?.created;
}
