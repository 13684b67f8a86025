import type { InitializeHook, ResolveHook } from "node:module";

/*
 * A Node module resolve hook (registered by install-provider.ts, in the hooks thread) that sends
 * every `import … from "@instr/cerebras"` to the provider switch, so the examples run unchanged.
 */

let switchUrl = "";

/** Receives the provider switch's URL from `register(…, { data })`. */
export const initialize: InitializeHook<string> = (url) => {
  switchUrl = url;
};

/** `@instr/cerebras` → the provider switch; everything else as before. */
export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  specifier === "@instr/cerebras"
    ? { url: switchUrl, shortCircuit: true }
    : nextResolve(specifier, context);
