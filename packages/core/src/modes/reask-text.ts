import type { AnswerError } from "../errors/answer-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { formatIssues } from "../schema/format-issues.js";

/**
 * What the model is told about its rejected answer: the readable errors and what to do. Shared
 * by every mode; only the message shape around it differs.
 */
export function reaskText(error: AnswerError, fix: string): string {
  const problem = JsonParseError.isInstance(error)
    ? `Your previous answer could not be used: ${error.message}`
    : `Your previous answer failed validation:\n${formatIssues(error.issues)}`;
  return `${problem}\n\n${fix}`;
}
