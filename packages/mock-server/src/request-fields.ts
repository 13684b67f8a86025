/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The parts of a chat-completions request body the server's answer depends on. */
export interface ChatRequestFields {
  model: string | undefined;
  stream: boolean;
  includeUsage: boolean;
  /** Size of the serialized `messages`, for usage estimates. */
  promptChars: number;
}

/** Reads the answer-relevant fields of a parsed request body, tolerating any shape. */
export function chatRequestFields(body: unknown): ChatRequestFields {
  if (!isRecord(body))
    return { model: undefined, stream: false, includeUsage: false, promptChars: 0 };
  const streamOptions = body.stream_options;
  return {
    model: typeof body.model === "string" ? body.model : undefined,
    stream: body.stream === true,
    includeUsage: isRecord(streamOptions) && streamOptions.include_usage === true,
    promptChars: JSON.stringify(body.messages ?? "").length,
  };
}
