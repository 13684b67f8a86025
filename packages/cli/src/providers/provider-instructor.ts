import type { CacheStore, Instructor, Mode, TelemetryTracer } from "@instr/core";
import { CliError } from "../cli-error.js";
import { type ProviderName, providerTable } from "./provider-table.js";

/** The options of a run that pick and set up its provider. */
export interface ProviderFlags {
  /** Default `"cerebras"`. */
  provider?: ProviderName;
  /** The provider's endpoint, e.g. a loopback mock server. */
  baseUrl?: string;
  mode?: Mode;
  maxRetries?: number;
  /** Token budget of each call (see `InstructorOptions.tokenBudget`). */
  tokenBudget?: number;
}

/**
 * The structured-output client of a CLI run, for the provider `--provider` names, with its API
 * key from that provider's usual environment variable; with `tracer`, every call is traced.
 *
 * @throws CliError naming the variable when no key is set.
 */
export function providerInstructor(
  flags: ProviderFlags,
  env: Readonly<Record<string, string | undefined>>,
  cache: CacheStore | undefined,
  tracer?: TelemetryTracer,
): Instructor {
  const entry = providerTable[flags.provider ?? "cerebras"];
  const apiKey = entry.keyVariables.map((name) => env[name]).find((value) => value);
  if (!apiKey) {
    throw new CliError(
      `Set ${entry.keyVariables.join(" or ")} (any value works against a loopback server given with --base-url).`,
    );
  }
  return entry.instructor(
    // The SDKs' own retries are off: the batch pool re-sends, pausing every request at once.
    { apiKey, maxRetries: 0, ...(flags.baseUrl === undefined ? {} : { baseURL: flags.baseUrl }) },
    {
      ...(flags.mode === undefined ? {} : { mode: flags.mode }),
      ...(flags.maxRetries === undefined ? {} : { maxRetries: flags.maxRetries }),
      ...(flags.tokenBudget === undefined ? {} : { tokenBudget: flags.tokenBudget }),
      ...(cache === undefined ? {} : { cache }),
      // With `--otlp`, every call is traced.
      ...(tracer === undefined ? {} : { telemetry: { tracer } }),
    },
  );
}
