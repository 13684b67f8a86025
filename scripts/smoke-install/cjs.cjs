// CommonJS consumer: require, build a client over the Cerebras SDK, generate against loopback.
const { default: Cerebras } = require("@cerebras/cerebras_cloud_sdk");
const { createInstructor, Mode } = require("@instr/core");
const { cerebrasAdapter } = require("@instr/cerebras");
const { z } = require("zod");
const { startLoopbackServer } = require("./loopback-server.cjs");

async function main() {
  const server = await startLoopbackServer();
  try {
    const client = new Cerebras({
      apiKey: "csk-smoke-test",
      baseURL: server.url,
      maxRetries: 0,
      warmTCPConnection: false,
    });
    const instructor = createInstructor({ adapter: cerebrasAdapter(client), mode: Mode.JSON });
    const user = await instructor.generate({
      responseModel: z.object({ name: z.string(), age: z.number().int() }),
      model: "llama-3.3-70b",
      prompt: "Extract: Jason is 25 years old",
    });
    if (user.name !== "Jason" || user.age !== 25) {
      throw new Error(`unexpected: ${JSON.stringify(user)}`);
    }
    console.log("cjs ok:", JSON.stringify(user));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
