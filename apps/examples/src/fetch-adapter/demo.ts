// Runs the fetch adapter end to end: `pnpm --filter @instr/examples demo`.
// Offline by default, against a scripted loopback server. To try a real OpenAI-compatible
// server, set EXAMPLE_BASE_URL (e.g. https://api.cerebras.ai/v1), EXAMPLE_API_KEY and EXAMPLE_MODEL.
import { createInstructor } from "@instr/core";
import { startMockServer } from "@instr/mock-server";
import { z } from "zod";
import { fetchAdapter } from "./fetch-adapter.js";

const User = z.object({ name: z.string(), age: z.number().int() });

const live = process.env.EXAMPLE_BASE_URL;
const server = live ? undefined : await startMockServer({ dialect: "openai" });
server?.enqueue({
  type: "message",
  toolCalls: [{ name: "Response", arguments: '{"name":"Jason","age":25}' }],
});

try {
  const instructor = createInstructor({
    adapter: fetchAdapter({
      baseURL: live ?? server?.baseURL ?? "",
      apiKey: process.env.EXAMPLE_API_KEY ?? "sk-offline-demo-key",
      provider: "example",
    }),
  });
  const user = await instructor.generate({
    responseModel: User,
    model: process.env.EXAMPLE_MODEL ?? "demo-model",
    prompt: "Extract: Jason is 25 years old",
  });
  console.log("fetch adapter ->", user);
} finally {
  await server?.close();
}
