import { describeAdapterConformance } from "@instr/core/testing";
import { anthropicStyleAdapter } from "./anthropic-style-adapter.js";
import { anthropicStyleScripting } from "./conformance-scripting.js";
import { ScriptedServer } from "./scripted-server.js";

// max_tokens is mandatory on this wire: the adapter sends its default when the caller sets none.
const defaultMaxTokens = 4321;
const server = new ScriptedServer();
const scripting = anthropicStyleScripting(server);

describeAdapterConformance(
  "anthropic-style",
  () => anthropicStyleAdapter({ baseURL: server.url, apiKey: scripting.apiKey, defaultMaxTokens }),
  {
    ...scripting,
    defaultMaxTokens,
    // No JSON-object format on this wire: JSON mode is the instructions core writes, nothing more.
    jsonMode: "prompt_only",
    // Thinking blocks are reasoning, signed and sent back on a re-ask. A refusal is only a stop
    // reason (`stop_reason: "refusal"`).
    reasoning: "round-trip",
    refusal: "stop_reason",
  },
);
