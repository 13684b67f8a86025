import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { describeAdapterConformance, openAIChatHarness } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { cerebrasAdapter } from "../src/cerebras-adapter.js";
import { TEST_KEY } from "./mock-cerebras.js";

const harness = async () =>
  openAIChatHarness({
    server: await startMockServer({ dialect: "cerebras" }),
    apiKey: TEST_KEY,
    makeAdapter: ({ url, apiKey }) =>
      cerebrasAdapter(
        new Cerebras({ apiKey, baseURL: url, maxRetries: 0, warmTCPConnection: false }),
      ),
  });

// Both kinds of model in the capability table: forced tool choice, and `auto` only.
describeAdapterConformance("cerebras qwen-3.8-27b", await harness(), {
  model: "qwen-3.8-27b",
  reasoning: true,
});
describeAdapterConformance("cerebras gpt-oss-120b", await harness(), {
  model: "gpt-oss-120b",
  reasoning: true,
  forcesToolChoice: false,
});
