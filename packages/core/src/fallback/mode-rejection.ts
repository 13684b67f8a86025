import { ProviderError } from "../errors/provider-error.js";
import type { Mode } from "../types/mode.js";

/** The wire fields (and their names in prose) a mode puts in the request, per mode. */
const MODE_FIELDS: Readonly<Record<Mode, RegExp | undefined>> = {
  tools: /tool_choice|\btools?\b|function[ _-]?call/i,
  json_schema: /response_format|json_schema|structured[ _-]?outputs?/i,
  json: /response_format|json_object|json[ _-]mode/i,
  // MD_JSON adds nothing to the request: no provider can reject it for its mode.
  md_json: undefined,
};

/** Words with which providers refuse a field (not, say, a context-length or auth problem). */
const REFUSAL =
  /not supported|unsupported|does not support|doesn't support|not allowed|not available|not enabled|disabled|invalid|expected|unknown|unrecogni[sz]ed|cannot|can't/i;

/** The HTTP statuses of a request the provider refused as it stands. */
const BAD_REQUEST = new Set([400, 422]);

/**
 * Whether `error` is the provider refusing a request because of its mode `mode`: a
 * non-retryable `ProviderError` with status 400 or 422 whose message names one of the mode's
 * wire fields (`tool_choice` / tools for TOOLS, `response_format` / `json_schema` for
 * JSON_SCHEMA, `response_format` / `json_object` for JSON) and refuses it. 401, 429 and 5xx never
 * are.
 */
export function isModeRejection(error: unknown, mode: Mode): error is ProviderError {
  if (!ProviderError.isInstance(error) || error.isRetryable) return false;
  if (error.status === undefined || !BAD_REQUEST.has(error.status)) return false;
  const fields = MODE_FIELDS[mode];
  return fields?.test(error.message) === true && REFUSAL.test(error.message);
}

/** Whether a rejection of a streamed request is about streaming (so whole requests may work). */
export function isStreamingRejection(error: ProviderError): boolean {
  return /stream/i.test(error.message);
}
