import { describeAdapterConformance, openAIChatScripting } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { openaiAdapter } from "../src/openai-adapter.js";
import { responsesScripting } from "./responses-scripting.js";

// DESIGN.md's call shape, (name, makeAdapter, …); the Cerebras package runs the harness shape.
const server = await startMockServer({ dialect: "openai" });
const scripting = openAIChatScripting({ server });

describeAdapterConformance(
  "openai",
  () =>
    openaiAdapter(new OpenAI({ apiKey: scripting.apiKey, baseURL: server.baseURL, maxRetries: 0 })),
  { ...scripting, reasoning: true, refusal: true },
);

// The Responses API (`api: "responses"`) on the mock-server's `/v1/responses` wire.
const responsesServer = await startMockServer({ dialect: "openai" });
const responses = responsesScripting(responsesServer, "sk-conformance-responses-0123456789");

describeAdapterConformance(
  "openai responses",
  () =>
    openaiAdapter(
      new OpenAI({ apiKey: responses.apiKey, baseURL: responsesServer.baseURL, maxRetries: 0 }),
      { api: "responses" },
    ),
  { ...responses, reasoning: "round-trip", refusal: true },
);
