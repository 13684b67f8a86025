const TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  504: "timeout_error",
  529: "overloaded_error",
};

/** The error type Anthropic's Messages API reports for an HTTP status. */
export function anthropicErrorType(status: number): string {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

/** An error body as the Messages API sends it: `{ type: "error", error: { type, message } }`. */
export function anthropicErrorBody(status: number, message?: string): Record<string, unknown> {
  const type = anthropicErrorType(status);
  return { type: "error", error: { type, message: message ?? `HTTP ${status} (${type})` } };
}
