export * from "./conformance/index.js";
export { MockAdapter, type MockAdapterOptions, type MockResponse } from "./mock-adapter.js";
export { textResponse, toolCallResponse } from "./mock-responses.js";
