/** The `data:` payloads of an SSE body, in order (test helper). */
export function ssePayloads(body: string): string[] {
  return body
    .split("\n\n")
    .filter((event) => event.length > 0)
    .map((event) => {
      if (!event.startsWith("data: ")) throw new Error(`not an SSE data event: ${event}`);
      return event.slice("data: ".length);
    });
}

/** A chat-completions request body for `fetch`. */
export function chatBody(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    model: "llama-4-scout-17b-16e-instruct",
    messages: [{ role: "user", content: "Extract: Jason is 25." }],
    ...extra,
  });
}

/** POSTs a chat-completions request to the server with a fake key. */
export function postChat(url: string, extra: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-test-secret" },
    body: chatBody(extra),
  });
}

/** The parts of a `chat.completion.chunk` the tests read. */
export interface WireChunk {
  id: string;
  object: string;
  model: string;
  choices: Array<{ index: number; delta: Record<string, unknown>; finish_reason: string | null }>;
  usage?: unknown;
  time_info?: unknown;
}

/** Parses the JSON payloads of an SSE body into chunks, leaving out `[DONE]`. */
export function parseChunks(payloads: string[]): WireChunk[] {
  return payloads.filter((payload) => payload !== "[DONE]").map((payload) => JSON.parse(payload));
}

/** The parts of a `chat.completion` (or a top-level error body) the tests read. */
export interface WireBody {
  created: number;
  choices: Array<{
    message: { content: string | null; tool_calls?: unknown[]; reasoning?: string };
    finish_reason: string;
  }>;
  message?: string;
  type?: string;
}

/** Reads a JSON response body typed loosely for assertions. */
export async function readBody(response: Response): Promise<WireBody> {
  return JSON.parse(await response.text());
}

/** The first choice's message content of a completion response. */
export async function contentOf(response: Response): Promise<string | null | undefined> {
  return (await readBody(response)).choices[0]?.message.content;
}
