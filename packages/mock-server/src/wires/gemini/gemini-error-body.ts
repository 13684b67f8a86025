/** The canonical status (google.rpc.Code) Google APIs name next to each HTTP status. */
const STATUS_BY_HTTP: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  500: "INTERNAL",
  501: "NOT_IMPLEMENTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

const MESSAGE_BY_HTTP: Record<number, string> = {
  400: "Request contains an invalid argument.",
  401: "API key not valid. Please pass a valid API key.",
  403: "The caller does not have permission",
  404: "Requested entity was not found.",
  429: "Resource has been exhausted (e.g. check quota).",
  500: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
  503: "The model is overloaded. Please try again later.",
};

/**
 * An error body as the Gemini API sends it:
 * `{ error: { code: 429, message, status: "RESOURCE_EXHAUSTED" } }`.
 */
export function geminiErrorBody(status: number, message?: string): Record<string, unknown> {
  return {
    error: {
      code: status,
      message: message ?? MESSAGE_BY_HTTP[status] ?? `HTTP ${status}`,
      status: STATUS_BY_HTTP[status] ?? (status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION"),
    },
  };
}
