// The `./openai-adapter.js` module of the docs/custom-adapters.md conformance example.
export { openaiAdapter } from "@instr/openai";
