export { describeAdapterConformance } from "./describe-adapter-conformance.js";
export {
  type ChatServerReply,
  type OpenAIChatHarnessOptions,
  type OpenAIChatScriptingOptions,
  openAIChatHarness,
  openAIChatScripting,
  type ScriptableChatServer,
} from "./openai-chat-harness.js";
export type {
  AdapterConformanceHarness,
  ConformanceOptions,
  ConformanceReply,
  ConformanceScripting,
  ObservedOutput,
  ObservedRequest,
  ScriptedMessage,
  StreamInterrupt,
} from "./types.js";
