import { describeAdapterConformance } from "@instr/core/testing";
import { languageModelAdapter } from "../src/language-model-adapter.js";
import { mockModelScripting } from "./mock-model-scripting.js";

// The bridge over `ai/test`'s MockLanguageModelV3: the spec's own parts, no wire in between.
const scripting = mockModelScripting("conformance-model");

describeAdapterConformance(
  "ai-sdk over MockLanguageModelV3",
  () => languageModelAdapter(scripting.languageModel, { apiKey: scripting.apiKey }),
  { ...scripting, jsonMode: "prompt_only", reasoning: true },
);
