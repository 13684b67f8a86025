import { Mode } from "../types/mode.js";

/** The order modes fall back in: from the provider's strictest structured output to plain text. */
export const FALLBACK_ORDER: readonly Mode[] = [
  Mode.JSON_SCHEMA,
  Mode.TOOLS,
  Mode.JSON,
  Mode.MD_JSON,
];

/**
 * The mode to use instead of `mode`: the first mode after it in {@link FALLBACK_ORDER} that the
 * adapter supports and `rejected` does not name; `mode` itself when it is not rejected. Undefined
 * when every later mode is unsupported or rejected (the chain only goes down, so it ends).
 */
export function workingMode(
  mode: Mode,
  supported: readonly Mode[],
  rejected: (mode: Mode) => boolean,
): Mode | undefined {
  if (!rejected(mode)) return mode;
  for (const next of FALLBACK_ORDER.slice(FALLBACK_ORDER.indexOf(mode) + 1)) {
    if (supported.includes(next) && !rejected(next)) return next;
  }
  return undefined;
}
