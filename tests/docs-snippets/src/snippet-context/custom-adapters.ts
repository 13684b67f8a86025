// Free names of the docs/custom-adapters.md and CONTRIBUTING.md snippets: the spec types, the
// helpers a fetch adapter uses, and the stand-ins for "your" server, adapter and SDK.
import type { JsonSchema } from "@instr/core";
import type { AdapterRequest, ProviderAdapter } from "@instr/core/adapter";
import type { ConformanceReply, ObservedRequest } from "@instr/core/testing";

export type {
  AdapterRequest,
  AdapterResponse,
  AdapterStreamPart,
  FinishReason,
  InputKind,
  JsonSchema,
  Message,
  ProviderMetadata,
  ReasoningEffort,
  ReasoningPart,
  ToolCall,
  Usage,
} from "@instr/core/adapter";
export {
  createProviderError,
  isRetryableStatus,
  Mode,
  ProviderError,
  providerOptionsFor,
  readServerSentEvents,
  UnsupportedModeError,
} from "@instr/core/adapter";
export { describeAdapterConformance, openAIChatHarness } from "@instr/core/testing";
export { startMockServer } from "@instr/mock-server";
export { fetchAdapter } from "./fetch-adapter.js";

export declare const request: AdapterRequest;
export const provider = "my-provider";
export declare const status: number | undefined;
export declare const message: string;
export declare const apiKey: string;
export declare const supportedModes: AdapterRequest["mode"][];
export declare function findUnsupported(schema: JsonSchema): string[];
export declare function makeStrict(schema: JsonSchema): JsonSchema;

/** "Your" test server, in the conformance example without an OpenAI-compatible wire. */
export declare const server: {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  clear(): void;
  enqueue(body: unknown): void;
  lastBody(): unknown;
};
export declare function myAdapter(options: unknown): ProviderAdapter;
export declare function toMyWire(reply: ConformanceReply): unknown;
export declare function fromMyWire(body: unknown): ObservedRequest;
export declare class VendorSDK {
  constructor(options: { apiKey: string; baseURL: string; maxRetries: number });
}
