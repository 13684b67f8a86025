import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { startDemoCerebras } from "./mock-cerebras.js";
import { recipeRoute } from "./recipe-route.js";
import { startWebServer } from "./web-server.js";

// `pnpm --filter @instr/web start`: with CEREBRAS_API_KEY set, the route calls Cerebras
// (CEREBRAS_MODEL, default llama-3.3-70b); without it, the loopback Cerebras mock answers.
const apiKey = process.env.CEREBRAS_API_KEY;
const demo = apiKey === undefined ? await startDemoCerebras() : undefined;
const cerebras = new Cerebras({
  apiKey: apiKey ?? "csk-mock",
  ...(demo === undefined ? {} : { baseURL: demo.server.url }),
  warmTCPConnection: false,
});
const route = recipeRoute({
  instructor: fromCerebras(cerebras),
  model: process.env.CEREBRAS_MODEL ?? "llama-3.3-70b",
  ...(demo === undefined ? {} : { onInput: demo.plan }),
});
const server = await startWebServer(route, { port: Number(process.env.PORT ?? 5174) });
console.log(
  `instr web example on ${server.url} (${demo === undefined ? "Cerebras" : `loopback Cerebras mock at ${demo.server.url}`}); Ctrl+C stops it`,
);
process.once("SIGINT", () => {
  void Promise.all([server.close(), demo?.server.close()]).then(() => process.exit(0));
});
