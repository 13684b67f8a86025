import { describeAdapterConformance, openAIChatHarness } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { openaiAdapter } from "./openai-adapter.js";

describeAdapterConformance(
  "openai",
  openAIChatHarness({
    server: await startMockServer({ dialect: "openai" }),
    makeAdapter: ({ baseURL, apiKey }) =>
      openaiAdapter(new OpenAI({ apiKey, baseURL, maxRetries: 0 })),
  }),
  { reasoning: true, refusal: true },
);
