// ESM consumer: import, build a client over the Cerebras SDK, generate against loopback.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { Mode, ProviderError } from "@instr/core";
import { z } from "zod";
import loopback from "./loopback-server.cjs";

const server = await loopback.startLoopbackServer();
try {
  const client = new Cerebras({
    apiKey: "csk-smoke-test",
    baseURL: server.url,
    maxRetries: 0,
    warmTCPConnection: false,
  });
  const User = z.object({ name: z.string(), age: z.number().int() });
  const user = await fromCerebras(client).generate({
    responseModel: User,
    model: "llama-3.3-70b",
    prompt: "Extract: Jason is 25 years old",
  });
  if (user.name !== "Jason" || user.age !== 25)
    throw new Error(`unexpected: ${JSON.stringify(user)}`);
  if (typeof ProviderError.isInstance !== "function" || Mode.TOOLS !== "tools") {
    throw new Error("@instr/core exports are missing");
  }
  console.log("esm ok:", JSON.stringify(user));
} finally {
  await server.close();
}
