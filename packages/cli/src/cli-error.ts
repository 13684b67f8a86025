/**
 * A mistake in how the CLI was called (a missing file, a bad option, no API key): printed as
 * its message alone, without a stack trace, and the process exits with status 1.
 */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
  }
}
