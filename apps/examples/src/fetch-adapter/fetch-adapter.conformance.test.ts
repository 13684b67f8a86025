import { describeAdapterConformance, openAIChatHarness } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { fetchAdapter } from "./fetch-adapter.js";

// The same suite @instr/openai and @instr/cerebras run, against a scripted loopback server.
describeAdapterConformance(
  "fetch example",
  openAIChatHarness({
    server: await startMockServer({ dialect: "openai" }),
    makeAdapter: ({ baseURL, apiKey }) => fetchAdapter({ baseURL, apiKey, provider: "example" }),
  }),
);
