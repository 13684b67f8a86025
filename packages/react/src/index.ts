// The public surface of @instr/react.
export type { ObjectState } from "./object-state.js";
export { ObjectStreamStore, type UseObjectOptions } from "./object-stream-store.js";
export { type ElementOf, type UseObjectResult, useObject } from "./use-object.js";
