import { describeAdapterConformance } from "@instr/core/testing";
import { anthropicStyleAdapter } from "./anthropic-style-adapter.js";
import { anthropicStyleScripting } from "./conformance-scripting.js";
import { ScriptedServer } from "./scripted-server.js";

// max_tokens is mandatory on this wire. A default no test uses lets the scripting tell "the
// caller set none" from a real value.
const defaultMaxTokens = 4321;
const server = new ScriptedServer();
const scripting = anthropicStyleScripting(server, { defaultMaxTokens });

describeAdapterConformance(
  "anthropic-style",
  () => anthropicStyleAdapter({ baseURL: server.url, apiKey: scripting.apiKey, defaultMaxTokens }),
  // Thinking blocks are reasoning. A refusal is only a stop reason here (content_filter), with
  // no refusal text of its own, so the refusal cases do not apply.
  { ...scripting, reasoning: true },
);
