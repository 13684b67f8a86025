export { describeAdapterConformance } from "./describe-adapter-conformance.js";
export {
  type ChatServerReply,
  type MockServerScriptingOptions,
  mockServerScripting,
  type ScriptableChatServer,
} from "./mock-server-scripting.js";
export {
  type OpenAIChatHarnessOptions,
  type OpenAIChatScriptingOptions,
  openAIChatHarness,
  openAIChatScripting,
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
