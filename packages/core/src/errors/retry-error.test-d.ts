import { describe, expectTypeOf, it } from "vitest";
import type { AnswerError } from "./answer-error.js";
import type { JsonParseError } from "./json-parse-error.js";
import type { RetryError } from "./retry-error.js";
import type { ValidationError } from "./validation-error.js";

describe("RetryError is typed", () => {
  it("types every attempt's error as the answer error that was re-asked", () => {
    type AttemptError = RetryError["attempts"][number]["error"];
    expectTypeOf<AttemptError>().toEqualTypeOf<ValidationError | JsonParseError>();
    expectTypeOf<AttemptError>().toEqualTypeOf<AnswerError>();
  });
});
