import type { JsonParseError } from "./json-parse-error.js";
import type { ValidationError } from "./validation-error.js";

/** Why an answer was rejected and re-asked: not JSON, or JSON that failed the schema. */
export type AnswerError = ValidationError | JsonParseError;
