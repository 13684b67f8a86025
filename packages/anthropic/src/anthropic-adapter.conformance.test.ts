import Anthropic from "@anthropic-ai/sdk";
import { Mode } from "@instr/core";
import { describeAdapterConformance } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { anthropicAdapter } from "./anthropic-adapter.js";
import { DEFAULT_MAX_TOKENS } from "./request/to-message-params.js";
import { anthropicScripting } from "./test-support/anthropic-conformance-scripting.js";
import { TEST_API_KEY } from "./test-support/anthropic-test-server.js";

const server = await startMockServer();
const scripting = anthropicScripting(server, TEST_API_KEY);

describeAdapterConformance(
  "anthropic",
  () =>
    anthropicAdapter(new Anthropic({ apiKey: TEST_API_KEY, baseURL: server.url, maxRetries: 0 })),
  {
    ...scripting,
    // JSON_SCHEMA's output_config.format names no schema, which the suite's observation needs;
    // from-anthropic.test.ts covers it through the SDK.
    modes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],
    defaultMaxTokens: DEFAULT_MAX_TOKENS,
    jsonMode: "prompt_only",
    reasoning: true,
    refusal: "stop_reason",
  },
);
