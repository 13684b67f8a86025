import type { AdapterResponse } from "../types/adapter.js";

/**
 * What the model wrote as its answer, for error records: the tool-call arguments when it called
 * tools, else the message content. Null when it wrote nothing.
 */
export function answerText(response: AdapterResponse): string | null {
  if (response.toolCalls.length > 0) return response.toolCalls.map((c) => c.arguments).join("\n");
  return response.text;
}
