export { exampleFromSchema } from "./example-from-schema.js";
export { MockScriptError } from "./mock-script-error.js";
export { requestBody } from "./request-body.js";
export type { ResolvedMessage, ResolvedToolCall } from "./resolve-message.js";
export { SCRIPTED_TEXT, schemaAwareReply } from "./schema-aware-reply.js";
export { startMockServer } from "./server.js";
export type {
  Dialect,
  DropReply,
  ErrorReply,
  HangReply,
  MessageReply,
  MockServer,
  MockServerOptions,
  RawReply,
  RecordedRequest,
  Reply,
  ReplyHandler,
  ScriptedToolCall,
  StreamGate,
  StreamScript,
  WireUsage,
} from "./types.js";
export type { Wire, WireAnswer, WireEvent, WireRequestFacts } from "./wires/wire.js";
