import Anthropic from "@anthropic-ai/sdk";
import { Mode } from "@instr/core";
import { describeAdapterConformance } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { anthropicAdapter } from "../src/anthropic-adapter.js";
import { DEFAULT_MAX_TOKENS } from "../src/to-request-body.js";
import { anthropicScripting } from "./anthropic-scripting.js";
import { TEST_API_KEY } from "./anthropic-test-server.js";

const server = await startMockServer();
const scripting = anthropicScripting(server, TEST_API_KEY);

describeAdapterConformance(
  "anthropic",
  () =>
    anthropicAdapter(new Anthropic({ apiKey: TEST_API_KEY, baseURL: server.url, maxRetries: 0 })),
  {
    ...scripting,
    // A Claude model in the capability table: images and PDFs, extended thinking.
    model: "claude-sonnet-4-5",
    // JSON_SCHEMA's `output_config.format` carries no schema name, which the suite's observation
    // of that mode compares; from-anthropic.test.ts and to-request-body.test.ts cover it instead.
    modes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],
    defaultMaxTokens: DEFAULT_MAX_TOKENS,
    jsonMode: "prompt_only",
    reasoning: "round-trip",
    refusal: "stop_reason",
  },
);
