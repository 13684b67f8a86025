const marker = "instr.error";
const symbol = Symbol.for(marker);

/** Options every instr error accepts. */
export interface InstructorErrorOptions {
  cause?: unknown;
}

/**
 * The base class of every error instr throws. Use the static `isInstance` of each class instead
 * of `instanceof`: it checks a `Symbol.for` marker, so it also works when two copies of
 * `@instr/core` end up in one program.
 */
export class InstructorError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;

  constructor(message: string, options: InstructorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "InstructorError";
  }

  /** True when `error` is an instr error, from this or any other copy of the package. */
  static isInstance(error: unknown): error is InstructorError {
    return InstructorError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    const key = Symbol.for(markerName);
    return (
      typeof error === "object" &&
      error !== null &&
      key in error &&
      // `in` narrows only literal keys, not a `symbol` from Symbol.for; the read is checked below.
      (error as Record<symbol, unknown>)[key] === true
    );
  }

  /** A plain, log-safe view of the error: its name, message and own data fields. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}
