/** Why an input item holds no document to send. */
export type InputProblem = "invalid-line" | "invalid-encoding" | "empty-document";

/**
 * An input item that is never sent to the model: a JSONL line that holds no document, text that
 * is not valid in the input's encoding, or an empty (whitespace-only) document. It goes to the
 * failures file with this error.
 */
export class InputError extends Error {
  readonly problem: InputProblem;

  constructor(problem: InputProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InputError";
    this.problem = problem;
  }
}
