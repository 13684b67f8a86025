import { describeAdapterConformance, openAIChatScripting } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { openaiAdapter } from "@instr/openai";
import OpenAI from "openai";

// The documented `describeAdapterConformance(name, makeAdapter, …)`, run the way an adapter package would.
const server = await startMockServer({ dialect: "openai" });
const scripting = openAIChatScripting({ server });

describeAdapterConformance(
  "openaiAdapter (contract)",
  () =>
    openaiAdapter(new OpenAI({ apiKey: scripting.apiKey, baseURL: server.baseURL, maxRetries: 0 })),
  scripting,
);
