import { getOrInsert } from "../memo/get-or-insert.js";
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
  const bySchema = getOrInsert(cache, handler, () => new WeakMap());
  return getOrInsert(bySchema, schema, () => handler.instruction(schema));
}
