export * from "./conformance/index.js";
export { rejectionOf } from "./conformance/rejection-of.js";
export { MockAdapter, type MockAdapterOptions, type MockResponse } from "./mock-adapter.js";
export { type MockResponseInit, textResponse, toolCallResponse } from "./mock-responses.js";
