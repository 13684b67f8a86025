import type { ReasoningEffort } from "@instr/core";
import type { CerebrasModelCapabilities, CerebrasReasoningEffort } from "./model-capabilities.js";

/**
 * The `reasoningEffort` values a model with these capabilities takes: its `reasoning_effort`
 * values but `"none"` (not an effort; send it through `providerOptions`). A model that does not
 * reason (an id not in the table included: see `defaultCapabilities`) takes none; undefined
 * when the table does not know which a reasoning model takes (it is then sent as asked).
 */
export function reasoningEffortsOf(
  capabilities: CerebrasModelCapabilities,
): readonly ReasoningEffort[] | undefined {
  if (!capabilities.reasoning) return [];
  return capabilities.reasoningEfforts?.filter(isEffort);
}

function isEffort(value: CerebrasReasoningEffort): value is ReasoningEffort {
  return value !== "none";
}
