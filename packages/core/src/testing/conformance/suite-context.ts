import type { Mode } from "../../types/mode.js";
import type { AdapterConformanceHarness, ConformanceOptions } from "./types.js";

/** What every part of the suite reads: the harness and the options with defaults applied. */
export interface SuiteContext {
  harness: AdapterConformanceHarness;
  model: string;
  /** Modes under test; resolved from the adapter when the suite is defined. */
  modes: readonly Mode[];
  options: SuiteOptions;
}

/** The options with their defaults applied (`refusal: true` read as `"text"`, `reasoning: true` as `"returned"`). */
export interface SuiteOptions {
  forcesToolChoice: boolean;
  reasoning: false | "returned" | "round-trip";
  refusal: false | "text" | "stop_reason";
  jsonMode: "json_object" | "prompt_only";
  /** Undefined: the adapter sends no max tokens of its own. */
  defaultMaxTokens: number | undefined;
  midStreamFailures: boolean;
}

/** {@link SuiteOptions} from what the caller passed. */
export function suiteOptions(options: ConformanceOptions): SuiteOptions {
  const { refusal = false, reasoning = false } = options;
  return {
    forcesToolChoice: options.forcesToolChoice ?? true,
    reasoning: reasoning === true ? "returned" : reasoning,
    refusal: refusal === true ? "text" : refusal,
    jsonMode: options.jsonMode ?? "json_object",
    defaultMaxTokens: options.defaultMaxTokens,
    midStreamFailures: options.midStreamFailures ?? true,
  };
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
