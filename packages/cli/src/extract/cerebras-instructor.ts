import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import type { CacheStore, Instructor, TelemetryTracer } from "@instr/core";
import { CliError } from "../cli-error.js";
import type { ExtractOptions } from "./extract-options.js";

/**
 * The Cerebras client of a CLI run. The SDK's own retries are off: the batch pool re-sends
 * rate-limited and failed requests itself, pausing every request at once instead of each
 * retrying on its own. With `tracer` (`--otlp`), every call is traced.
 */
export function cerebrasInstructor(
  options: Pick<ExtractOptions, "baseUrl" | "mode" | "maxRetries" | "tokenBudget">,
  env: Readonly<Record<string, string | undefined>>,
  cache: CacheStore | undefined,
  tracer?: TelemetryTracer,
): Instructor {
  const apiKey = env.CEREBRAS_API_KEY;
  if (!apiKey) {
    throw new CliError(
      "Set CEREBRAS_API_KEY (any value works against a loopback server given with --base-url).",
    );
  }
  const client = new Cerebras({
    apiKey,
    maxRetries: 0,
    warmTCPConnection: false,
    ...(options.baseUrl === undefined ? {} : { baseURL: options.baseUrl }),
  });
  return fromCerebras(client, {
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    ...(options.tokenBudget === undefined ? {} : { tokenBudget: options.tokenBudget }),
    ...(cache === undefined ? {} : { cache }),
    ...(tracer === undefined ? {} : { telemetry: { tracer } }),
  });
}
