export * from "./conformance/index.js";
export { MockAdapter, type MockAdapterOptions, type MockResponse } from "./mock-adapter.js";
export { type MockResponseInit, textResponse, toolCallResponse } from "./mock-responses.js";
