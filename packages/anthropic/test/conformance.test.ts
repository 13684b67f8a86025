import Anthropic from "@anthropic-ai/sdk";
import { Mode } from "@instr/core";
import { describeAdapterConformance, mockServerScripting } from "@instr/core/testing";
import { startMockServer } from "@instr/mock-server";
import { anthropicAdapter } from "../src/anthropic-adapter.js";
import { DEFAULT_MAX_TOKENS } from "../src/to-request-body.js";
import { TEST_API_KEY } from "./anthropic-test-server.js";
import { decodeMessagesRequest } from "./decode-messages-request.js";

// The mock server's Anthropic Messages wire (`POST /v1/messages`). Its first two stream events
// (`message_start`, `content_block_start`) carry no text.
const server = await startMockServer();
const scripting = mockServerScripting({
  server,
  apiKey: TEST_API_KEY,
  decodeRequest: decodeMessagesRequest,
  eventsBeforeText: 2,
});

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
