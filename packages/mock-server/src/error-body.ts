import type { Dialect } from "./types.js";

const TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  402: "payment_required",
  403: "permission_denied_error",
  404: "not_found_error",
  408: "timeout_error",
  422: "invalid_request_error",
  429: "too_many_requests_error",
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: "Bad request",
  401: "Wrong API Key",
  403: "Permission denied",
  404: "Not found",
  422: "Unprocessable entity",
  429: "Requests per minute limit exceeded - too many requests sent.",
  500: "Internal server error",
  503: "Service unavailable",
};

/** The fields both dialects report for an error. */
export interface ErrorFields {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/** Default message/type/code for an HTTP status. */
export function errorFields(status: number, message?: string): ErrorFields {
  return {
    message: message ?? MESSAGE_BY_STATUS[status] ?? `HTTP ${status}`,
    type: TYPE_BY_STATUS[status] ?? (status >= 500 ? "server_error" : "invalid_request_error"),
    param: null,
    code: status === 429 ? "request_quota_exceeded" : null,
  };
}

/**
 * An error body in the dialect's shape: api.cerebras.ai answers with the fields at the top level
 * (e.g. `{"message":"Wrong API Key","type":"invalid_request_error","param":"api_key",
 * "code":"wrong_api_key"}`), OpenAI nests them under `error`. Each SDK reads its own shape.
 */
export function errorBody(dialect: Dialect, fields: ErrorFields): Record<string, unknown> {
  return dialect === "cerebras" ? { ...fields } : { error: fields };
}
