import { describeAdapterConformance, openAIChatScripting } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { languageModelAdapter } from "../src/language-model-adapter.js";
import { compatibleModel } from "./compatible-model.js";

// The bridge over a real AI SDK provider package talking to the loopback OpenAI-dialect server.
const server = await startMockServer({ dialect: "openai" });
const scripting = openAIChatScripting({ server });

describeAdapterConformance(
  "ai-sdk over @ai-sdk/openai-compatible",
  () =>
    languageModelAdapter(compatibleModel(server.baseURL, scripting.apiKey, "conformance-model"), {
      apiKey: scripting.apiKey,
      // What @ai-sdk/openai-compatible sends as parts: it inlines a text/* file as text and
      // rejects other files, so "file" is not declared.
      inputKinds: ["text", "image", "pdf", "audio"],
    }),
  { ...scripting, jsonMode: "prompt_only", reasoning: true },
);
