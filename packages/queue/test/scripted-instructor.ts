import { createInstructor, type Instructor, Mode } from "@instr/core";
import type { AdapterRequest, ProviderAdapter } from "@instr/core/adapter";

/** What the fake model writes for a request (a value is sent as JSON); throw to fail the call. */
export type ScriptedReply = (request: AdapterRequest) => unknown | Promise<unknown>;

/** The text of the request's last user message: the job's prompt. */
export function promptOf(request: AdapterRequest): string {
  const user = request.messages.findLast((message) => message.role === "user");
  return typeof user?.content === "string" ? user.content : "";
}

/**
 * A real instructor (core's generate loop: validation, re-asks, typed errors) over an adapter
 * that answers every request with `reply` as a TOOLS call, and records the requests.
 */
export function scriptedInstructor(reply: ScriptedReply, options: { maxRetries?: number } = {}) {
  const requests: AdapterRequest[] = [];
  const adapter: ProviderAdapter = {
    specificationVersion: "v2",
    provider: "scripted",
    defaultMode: Mode.TOOLS,
    supportedModes: [Mode.TOOLS],
    inputKinds: () => ["text"],
    async complete(request) {
      requests.push(request);
      const value = await reply(request);
      const args = typeof value === "string" ? value : JSON.stringify(value);
      return {
        text: null,
        toolCalls: [{ id: `call_${requests.length}`, name: request.schema.name, arguments: args }],
        finishReason: "tool_calls",
        usage: { promptTokens: 3, completionTokens: 2, totalTokens: 5 },
        raw: {},
      };
    },
    stream() {
      throw new Error("workers do not stream");
    },
  };
  const instructor: Instructor = createInstructor({ adapter, ...options });
  return { instructor, requests };
}
