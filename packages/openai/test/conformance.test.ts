import {
  describeAdapterConformance,
  mockServerScripting,
  openAIChatScripting,
} from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { openaiAdapter } from "../src/openai-adapter.js";
import { decodeResponsesRequest } from "./decode-responses-request.js";

// The documented call shape, (name, makeAdapter, …); the Cerebras package runs the harness shape.
const server = await startMockServer({ dialect: "openai" });
const scripting = openAIChatScripting({ server });

describeAdapterConformance(
  "openai",
  () =>
    openaiAdapter(new OpenAI({ apiKey: scripting.apiKey, baseURL: server.baseURL, maxRetries: 0 })),
  { ...scripting, reasoning: true, refusal: true },
);

// The Responses API (`api: "responses"`) on the mock server's `POST /v1/responses` wire. Its
// first two stream events (`response.created`, the message item's `response.output_item.added`)
// carry no text. Every case of the suite applies to this wire, JSON_SCHEMA included.
const responsesServer = await startMockServer({ dialect: "openai" });
const responses = mockServerScripting({
  server: responsesServer,
  apiKey: "sk-conformance-responses-0123456789",
  decodeRequest: decodeResponsesRequest,
  eventsBeforeText: 2,
});

describeAdapterConformance(
  "openai responses",
  () =>
    openaiAdapter(
      new OpenAI({ apiKey: responses.apiKey, baseURL: responsesServer.baseURL, maxRetries: 0 }),
      { api: "responses" },
    ),
  { ...responses, reasoning: "round-trip", refusal: true },
);
