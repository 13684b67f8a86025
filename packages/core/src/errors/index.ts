export { IncompleteOutputError } from "./incomplete-output-error.js";
export { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";
export { JsonParseError } from "./json-parse-error.js";
export { ProviderError } from "./provider-error.js";
export { RefusalError } from "./refusal-error.js";
export { type AttemptRecord, RetryError } from "./retry-error.js";
export { UnsupportedModeError } from "./unsupported-mode-error.js";
export { type SchemaIssue, UnsupportedSchemaError } from "./unsupported-schema-error.js";
export { ValidationError } from "./validation-error.js";
