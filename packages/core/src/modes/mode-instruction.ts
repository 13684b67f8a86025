import type { AdapterSchema } from "../types/adapter.js";
import type { ModeHandler } from "./mode-handler.js";

/** handler -> adapter schema -> instruction; weak, so nothing is kept alive. */
const cache = new WeakMap<ModeHandler, WeakMap<AdapterSchema, string>>();

/**
 * `handler.instruction(schema)`, built once per (handler, schema object): in JSON and MD_JSON
 * modes it holds the whole JSON Schema as text, which would otherwise be stringified on every
 * call. Cached only for a frozen schema (what `adapterSchema` returns), whose text cannot change.
 */
export function modeInstruction(handler: ModeHandler, schema: AdapterSchema): string {
  if (!Object.isFrozen(schema)) return handler.instruction(schema);
  let bySchema = cache.get(handler);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    cache.set(handler, bySchema);
  }
  let instruction = bySchema.get(schema);
  if (instruction === undefined) {
    instruction = handler.instruction(schema);
    bySchema.set(schema, instruction);
  }
  return instruction;
}
