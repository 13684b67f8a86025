import type { ProviderOptions } from "../types/provider-metadata.js";

const none: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The options `providerOptions` holds for `provider` (its own key only; `{}` when none). An
 * adapter spreads them into its request body *before* the fields it sets for the mode, so the
 * mode's fields always win:
 *
 * ```ts
 * const body = { ...providerOptionsFor(request.providerOptions, "acme"), model, messages, ...modeFields };
 * ```
 */
export function providerOptionsFor(
  options: ProviderOptions | undefined,
  provider: string,
): Readonly<Record<string, unknown>> {
  return options?.[provider] ?? none;
}
