import type { MessageReply, RecordedRequest } from "@instr/mock-server";

/**
 * A loopback "model" for tests: reads a document "Name is N" from the request's last user
 * message and answers `{ name, age }`, as a call of the offered tool or else as the message
 * content (JSON and JSON_SCHEMA modes). A document containing "garbage" gets an answer that
 * fails validation.
 */
export function personReply(request: RecordedRequest): MessageReply {
  const document = lastUserMessage(request.body);
  const match = /^(\w+) is (\d+)/.exec(document);
  const answer = JSON.stringify(
    document.includes("garbage")
      ? { name: "garbage" }
      : { name: match?.[1] ?? "?", age: Number(match?.[2] ?? 0) },
  );
  const usage = { prompt_tokens: 20, completion_tokens: 10 };
  const tool = toolName(request.body);
  return tool === undefined
    ? { type: "message", content: answer, usage }
    : { type: "message", toolCalls: [{ name: tool, arguments: answer }], usage };
}

/** The document text the CLI sent (its last user message, or Gemini's last content's text). */
export function lastUserMessage(body: unknown): string {
  const messages = field(body, "messages") ?? field(body, "contents");
  const last = Array.isArray(messages) ? messages.at(-1) : undefined;
  const parts = field(last, "parts");
  const content = Array.isArray(parts) ? field(parts[0], "text") : field(last, "content");
  return typeof content === "string" ? content : "";
}

// Chat completions nest the tool's name under `function`, Gemini under `functionDeclarations`;
// Anthropic's Messages API does not nest it.
function toolName(body: unknown): string | undefined {
  const tools = field(body, "tools");
  const tool: unknown = Array.isArray(tools) ? tools[0] : undefined;
  const declarations = field(tool, "functionDeclarations");
  const declared: unknown = Array.isArray(declarations) ? declarations[0] : undefined;
  const name =
    field(field(tool, "function"), "name") ?? field(declared, "name") ?? field(tool, "name");
  return typeof name === "string" ? name : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}
