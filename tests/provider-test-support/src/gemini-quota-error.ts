import type { ErrorReply } from "@instr/mock-server";

/** Gemini's 429 for an exhausted quota, whose RetryInfo detail says how long to wait. */
export function geminiQuotaError(retryDelay: `${number}s`): ErrorReply {
  return {
    type: "error",
    status: 429,
    body: {
      error: {
        code: 429,
        message: "Quota exceeded",
        status: "RESOURCE_EXHAUSTED",
        details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay }],
      },
    },
  };
}
