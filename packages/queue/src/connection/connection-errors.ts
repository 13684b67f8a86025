const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/** True for a lost or refused connection, as opposed to an error Redis answered with. */
export function isConnectionError(error: Error): boolean {
  const code = "code" in error ? error.code : undefined;
  return (
    (typeof code === "string" && connectionCodes.has(code)) ||
    error.message === "Connection is closed." ||
    /^connect (ETIMEDOUT|ECONNREFUSED)/.test(error.message)
  );
}

/** A short why: the system error code when there is one, else the message. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    return code ?? error.message;
  }
  return String(error);
}
