import { isRecord } from "./is-record.js";

/**
 * `over` laid on top of `under`, key by key and down through nested objects: every value `over`
 * has wins (an object meeting an object merges), and `under` fills in what it lacks. Used to put
 * the caller's `providerOptions.google` under the body the SDK built, so what the adapter sets
 * wins down to each field of `generationConfig`.
 */
export function mergeUnder(
  over: Readonly<Record<string, unknown>>,
  under: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = isRecord(value) && isRecord(below) ? mergeUnder(value, below) : value;
  }
  return merged;
}
