export { describeAdapterConformance } from "./describe-adapter-conformance.js";
export {
  type ChatServerReply,
  type OpenAIChatHarnessOptions,
  openAIChatHarness,
  type ScriptableChatServer,
} from "./openai-chat-harness.js";
export type {
  AdapterConformanceHarness,
  ConformanceOptions,
  ConformanceReply,
  ObservedOutput,
  ObservedRequest,
  ScriptedMessage,
} from "./types.js";
