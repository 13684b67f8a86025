import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { formatIssues } from "../schema/format-issues.js";

/** What a span records about an error: never the answer's text unless content is recorded. */
export interface ErrorDescription {
  /** The typed error's name (`RetryError`, `ProviderError`, `AbortError`, …): `error.type`. */
  name: string;
  message: string;
  /** `ProviderError.isRetryable`; false for every other error. */
  retryable: boolean;
}

/** Longest re-ask reason or error message put on a span. */
const MAX_TEXT = 1000;

/**
 * Names and describes `error` for a span. Without `recordContent`, messages that quote the
 * model's answer are replaced: a JSON parse error keeps only its position, a refusal its kind,
 * and a `RetryError` only its first line (instr's own words; the last attempt's error follows
 * on the next lines).
 */
export function describeError(error: unknown, recordContent: boolean): ErrorDescription {
  const name = error instanceof Error ? error.name : typeof error;
  const retryable = ProviderError.isInstance(error) && error.isRetryable;
  return { name, retryable, message: truncate(errorMessage(error, recordContent)) };
}

/**
 * Why an attempt is re-asked: the validation issues (`- path: message` lines, which name the
 * schema's paths and rules, not the answer's values), or where the JSON broke.
 */
export function reaskReason(
  error: ValidationError | JsonParseError,
  recordContent: boolean,
): string {
  if (ValidationError.isInstance(error)) return truncate(formatIssues(error.issues));
  return truncate(errorMessage(error, recordContent));
}

function errorMessage(error: unknown, recordContent: boolean): string {
  if (!(error instanceof Error)) return String(error);
  if (recordContent) return error.message;
  if (JsonParseError.isInstance(error)) {
    return error.position === undefined
      ? "The answer is not valid JSON."
      : `The answer is not valid JSON at position ${error.position}.`;
  }
  if (RefusalError.isInstance(error)) return "The model refused to answer.";
  if (RetryError.isInstance(error)) return error.message.split("\n", 1)[0] ?? "";
  return error.message;
}

function truncate(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}
