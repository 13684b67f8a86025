import type { ProviderAdapter } from "../../types/adapter.js";
import type {
  AdapterConformanceHarness,
  ConformanceOptions,
  ConformanceScripting,
} from "./types.js";

/** The arguments of `describeAdapterConformance` after the name, in either call shape. */
export type ConformanceArgs =
  | [makeAdapter: () => ProviderAdapter, scripting: ConformanceScripting & ConformanceOptions]
  | [harness: AdapterConformanceHarness, options?: ConformanceOptions];

/** One harness and the options, whichever call shape was used. */
export function resolveConformanceArgs(args: ConformanceArgs): {
  harness: AdapterConformanceHarness;
  options: ConformanceOptions;
} {
  if (isHarnessCall(args)) return { harness: args[0], options: args[1] ?? {} };
  const [makeAdapter, scripting] = args;
  return { harness: withAdapter(scripting, makeAdapter), options: scripting };
}

function isHarnessCall(
  args: ConformanceArgs,
): args is [harness: AdapterConformanceHarness, options?: ConformanceOptions] {
  return typeof args[0] !== "function";
}

/** Calls go through `scripting` itself, so a class instance keeps its `this`. */
function withAdapter(
  scripting: ConformanceScripting,
  makeAdapter: () => ProviderAdapter,
): AdapterConformanceHarness {
  return {
    get apiKey() {
      return scripting.apiKey;
    },
    setup: () => scripting.setup?.(),
    teardown: () => scripting.teardown?.(),
    reset: () => scripting.reset?.(),
    script: (reply) => scripting.script(reply),
    lastRequest: () => scripting.lastRequest(),
    makeAdapter,
  };
}
