import type { Mode } from "../../types/mode.js";
import type { AdapterConformanceHarness, ConformanceOptions } from "./types.js";

/** What every part of the suite reads: the harness and the options with defaults applied. */
export interface SuiteContext {
  harness: AdapterConformanceHarness;
  model: string;
  /** Modes under test; resolved from the adapter when the suite is defined. */
  modes: readonly Mode[];
  options: Required<Omit<ConformanceOptions, "model" | "modes">>;
}

/**
 * A mode under test for cases that do not depend on the mode: `preferred` when it is tested,
 * else the first mode under test.
 */
export function pickMode(context: SuiteContext, preferred: Mode): Mode {
  if (context.modes.includes(preferred)) return preferred;
  const [first] = context.modes;
  if (first === undefined) throw new Error("describeAdapterConformance: no mode to test");
  return first;
}
