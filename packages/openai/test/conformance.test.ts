import { describeAdapterConformance, openAIChatScripting } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { openaiAdapter } from "../src/openai-adapter.js";

// The documented call shape, (name, makeAdapter, …); the Cerebras package runs the harness shape.
const server = await startMockServer({ dialect: "openai" });
const scripting = openAIChatScripting({ server });

describeAdapterConformance(
  "openai",
  () =>
    openaiAdapter(new OpenAI({ apiKey: scripting.apiKey, baseURL: server.baseURL, maxRetries: 0 })),
  { ...scripting, reasoning: true, refusal: true },
);
