import {
  type AdapterResponse,
  type AdapterStreamPart,
  type FinishReason,
  Mode,
  type ProviderAdapter,
  ProviderError,
  type Usage,
} from "@instr/core";
import type { z } from "zod";
import { type Connection, postChat } from "./post-chat.js";
import { readEvents } from "./read-events.js";
import { safeJson } from "./safe-json.js";
import { toWireBody } from "./to-wire-body.js";
import { type WireUsage, wireChunk, wireCompletion } from "./wire-schemas.js";

/**
 * A `ProviderAdapter` for any OpenAI-compatible chat completions server, written with nothing
 * but `fetch`: the worked example of docs/custom-adapters.md.
 */
export function fetchAdapter(connection: Connection): ProviderAdapter {
  const { provider } = connection;
  // Parses the server's JSON with a wire schema; a mismatch is the provider's fault, not ours.
  const parse = <T>(schema: z.ZodType<T>, text: string): T => {
    const result = schema.safeParse(safeJson(text));
    if (result.success) return result.data;
    throw new ProviderError(`${provider}: unexpected response: ${result.error.message}`, {
      provider,
      isRetryable: false,
    });
  };

  return {
    specificationVersion: "v1",
    provider,
    defaultMode: Mode.TOOLS,
    // No JSON_SCHEMA: this server's strict dialect is unknown, so core rejects that mode early.
    supportedModes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],

    async complete(request): Promise<AdapterResponse> {
      const response = await postChat(connection, toWireBody(request, false), request.signal);
      const raw = parse(wireCompletion, await response.text());
      const [choice] = raw.choices;
      const { message } = choice;
      return {
        text: message.content ?? null,
        toolCalls: (message.tool_calls ?? []).map((call) => ({ id: call.id, ...call.function })),
        ...(message.refusal ? { refusal: message.refusal } : {}),
        finishReason: toFinishReason(choice.finish_reason),
        ...(raw.usage ? { usage: toUsage(raw.usage) } : {}),
        raw,
      };
    },

    async *stream(request): AsyncGenerator<AdapterStreamPart> {
      const response = await postChat(connection, toWireBody(request, true), request.signal);
      if (response.body === null) throw new Error(`${provider}: the stream has no body`);
      let finishReason: FinishReason = "other";
      let usage: Usage | undefined;
      for await (const data of readEvents(response.body)) {
        const chunk = parse(wireChunk, data);
        // With include_usage, usage comes after the chunk holding finish_reason: wait for it.
        if (chunk.usage) usage = toUsage(chunk.usage);
        for (const choice of chunk.choices) {
          if (choice.finish_reason) finishReason = toFinishReason(choice.finish_reason);
          if (choice.delta.content) yield { type: "text-delta", delta: choice.delta.content };
          for (const call of choice.delta.tool_calls ?? []) {
            yield {
              type: "tool-call-delta",
              index: call.index,
              ...(call.id ? { id: call.id } : {}),
              ...(call.function?.name ? { name: call.function.name } : {}),
              argumentsDelta: call.function?.arguments ?? "",
            };
          }
        }
      }
      yield { type: "finish", finishReason, ...(usage ? { usage } : {}) };
    },
  };
}

function toFinishReason(reason: string | null | undefined): FinishReason {
  return reason === "stop" ||
    reason === "length" ||
    reason === "tool_calls" ||
    reason === "content_filter"
    ? reason
    : "other";
}

function toUsage(usage: WireUsage): Usage {
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  };
}
