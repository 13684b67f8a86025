import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { type DemoCerebras, startDemoCerebras } from "../server/mock-cerebras.js";
import { recipeRoute } from "../server/recipe-route.js";
import { startWebServer, type WebServer } from "../server/web-server.js";

/** The example as `pnpm start` runs it without a key, on ephemeral loopback ports. */
export async function startExample(): Promise<{
  web: WebServer;
  demo: DemoCerebras;
  close: () => Promise<void>;
}> {
  const demo = await startDemoCerebras();
  const cerebras = new Cerebras({
    apiKey: "csk-test",
    baseURL: demo.server.url,
    warmTCPConnection: false,
  });
  const route = recipeRoute({
    instructor: fromCerebras(cerebras),
    model: "llama-3.3-70b",
    onInput: demo.plan,
  });
  const web = await startWebServer(route);
  return {
    web,
    demo,
    close: async () => {
      await web.close();
      await demo.server.close();
    },
  };
}
