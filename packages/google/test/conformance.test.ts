import { Mode } from "@instr/core";
import { describeAdapterConformance } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { googleAdapter } from "../src/google-adapter.js";
import { geminiScripting } from "./gemini-scripting.js";
import { googleClient, TEST_API_KEY } from "./google-test-server.js";

const server = await startMockServer();

describeAdapterConformance("google", () => googleAdapter(googleClient(server)), {
  ...geminiScripting(server, TEST_API_KEY),
  // A Gemini model id, so the table declares images, PDFs, audio and files: they go on the wire.
  model: "gemini-2.5-flash",
  // The Gemini API streams a function call whole, never as argument deltas, which the suite's
  // TOOLS stream case asks for; google-adapter.test.ts covers TOOLS through the SDK.
  modes: [Mode.JSON_SCHEMA, Mode.JSON, Mode.MD_JSON],
  reasoning: "round-trip",
  refusal: "stop_reason",
});
