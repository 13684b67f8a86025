import {
  APICallError,
  type LanguageModelV3CallOptions,
  type LanguageModelV3Content,
  type LanguageModelV3FinishReason,
  type LanguageModelV3GenerateResult,
  type LanguageModelV3Prompt,
  type LanguageModelV3StreamPart,
  type LanguageModelV3Usage,
} from "@ai-sdk/provider";
import type { FinishReason, Message, Usage, UserContentPart } from "@instr/core/adapter";
import type {
  ConformanceReply,
  ConformanceScripting,
  ObservedOutput,
  ObservedRequest,
  ScriptedMessage,
} from "@instr/core/testing";
import { MockLanguageModelV3 } from "ai/test";

const url = "http://127.0.0.1/mock";
/** The mock model's provider id, and so the namespace it reads its `providerOptions` from. */
const namespace = "mock";
const unified: Record<FinishReason, LanguageModelV3FinishReason["unified"]> = {
  stop: "stop",
  length: "length",
  content_filter: "content-filter",
  tool_calls: "tool-calls",
  other: "other",
};

/**
 * The conformance scripting for the bridge over `ai/test`'s `MockLanguageModelV3`: scripted
 * replies become the spec's generate results, stream parts and `APICallError`s, and the call
 * options the bridge sent are decoded back into provider-neutral terms.
 */
export function mockModelScripting(modelId: string): ConformanceScripting & {
  languageModel: MockLanguageModelV3;
} {
  const replies: ConformanceReply[] = [];
  let last: { options: LanguageModelV3CallOptions; stream: boolean } | undefined;
  const next = (options: LanguageModelV3CallOptions, stream: boolean): ConformanceReply => {
    last = { options, stream };
    const reply = replies.shift();
    if (reply === undefined) throw new Error("mock model: no reply scripted");
    return reply;
  };
  const model = new MockLanguageModelV3({
    provider: namespace,
    modelId,
    doGenerate: async (options) => {
      const reply = await settle(next(options, false), options.abortSignal);
      return generateResult(reply);
    },
    doStream: async (options) => {
      const reply = await settle(next(options, true), options.abortSignal);
      return { stream: streamOf(reply, options.abortSignal) };
    },
  });
  return {
    languageModel: model,
    apiKey: "mock-secret-key-0123456789",
    reset() {
      replies.length = 0;
      last = undefined;
    },
    script(reply) {
      replies.push(reply);
    },
    lastRequest() {
      if (last === undefined) throw new Error("mock model: no request arrived");
      return observe(last.options, last.stream, modelId);
    },
  };
}

/** Failing replies throw what a provider package throws; a message is handed on. */
async function settle(
  reply: ConformanceReply,
  signal: AbortSignal | undefined,
): Promise<ScriptedMessage> {
  switch (reply.type) {
    case "message":
      signal?.throwIfAborted();
      return reply;
    case "error":
      throw new APICallError({
        message: reply.message,
        url,
        requestBodyValues: {},
        statusCode: reply.status,
        responseHeaders: reply.headers ?? {},
        responseBody: JSON.stringify({ error: { message: reply.message } }),
        isRetryable: reply.status === 408 || reply.status === 429 || reply.status >= 500,
      });
    case "drop":
      throw new APICallError({
        message: "Cannot connect to API: other side closed",
        url,
        requestBodyValues: {},
        isRetryable: true,
      });
    case "hang":
      return new Promise((_, reject) => {
        if (signal === undefined) return;
        signal.throwIfAborted();
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
  }
}

function usageOf(usage: Usage): LanguageModelV3Usage {
  return {
    inputTokens: {
      total: usage.promptTokens,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: usage.completionTokens, text: undefined, reasoning: undefined },
  };
}

function generateResult(reply: ScriptedMessage): LanguageModelV3GenerateResult {
  const content: LanguageModelV3Content[] = [];
  if (reply.reasoning) content.push({ type: "reasoning", text: reply.reasoning });
  if (reply.text) content.push({ type: "text", text: reply.text });
  for (const call of reply.toolCalls ?? []) {
    content.push({
      type: "tool-call",
      toolCallId: call.id,
      toolName: call.name,
      input: call.arguments,
    });
  }
  return {
    content,
    finishReason: { unified: unified[reply.finishReason], raw: reply.finishReason },
    usage: usageOf(reply.usage),
    warnings: [],
  };
}

function chunks(text: string, size: number | undefined): string[] {
  if (!size || size >= text.length) return [text];
  const result: string[] = [];
  for (let i = 0; i < text.length; i += size) result.push(text.slice(i, i + size));
  return result;
}

function* streamParts(reply: ScriptedMessage): Generator<LanguageModelV3StreamPart> {
  yield { type: "stream-start", warnings: [] };
  if (reply.reasoning) {
    yield { type: "reasoning-start", id: "r" };
    for (const delta of chunks(reply.reasoning, reply.chunkSize)) {
      yield { type: "reasoning-delta", id: "r", delta };
    }
    yield { type: "reasoning-end", id: "r" };
  }
  if (reply.text) {
    yield { type: "text-start", id: "t" };
    let count = 0;
    for (const delta of chunks(reply.text, reply.chunkSize)) {
      yield { type: "text-delta", id: "t", delta };
      count += 1;
      const cut = reply.interrupt;
      if (cut !== undefined && count === cut.afterTextDeltas) {
        if (cut.with === "drop") throw new TypeError("terminated");
        yield { type: "error", error: { message: "overloaded" } };
        return;
      }
    }
    yield { type: "text-end", id: "t" };
  }
  for (const call of reply.toolCalls ?? []) {
    yield { type: "tool-input-start", id: call.id, toolName: call.name };
    for (const delta of chunks(call.arguments, reply.chunkSize)) {
      yield { type: "tool-input-delta", id: call.id, delta };
    }
    yield { type: "tool-input-end", id: call.id };
    yield { type: "tool-call", toolCallId: call.id, toolName: call.name, input: call.arguments };
  }
  // Like the AI SDK's providers, the mock always ends with a finish part; without a finish
  // reason from the server, they report "other" with no raw reason.
  yield {
    type: "finish",
    finishReason: reply.omitFinishReason
      ? { unified: "other", raw: undefined }
      : { unified: unified[reply.finishReason], raw: reply.finishReason },
    usage: usageOf(reply.usage),
  };
}

/** The scripted parts as a stream, `chunkDelayMs` apart, failing with the abort reason. */
function streamOf(
  reply: ScriptedMessage,
  signal: AbortSignal | undefined,
): ReadableStream<LanguageModelV3StreamPart> {
  const parts = streamParts(reply);
  return new ReadableStream({
    async pull(controller) {
      if (reply.chunkDelayMs) await new Promise((r) => setTimeout(r, reply.chunkDelayMs));
      if (signal?.aborted) {
        controller.error(signal.reason);
        return;
      }
      try {
        const { done, value } = parts.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

function observe(
  options: LanguageModelV3CallOptions,
  stream: boolean,
  model: string,
): ObservedRequest {
  return {
    model,
    messages: messagesOf(options.prompt),
    output: outputOf(options),
    stream,
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    ...(options.maxOutputTokens === undefined ? {} : { maxTokens: options.maxOutputTokens }),
    fields: fieldsOf(options),
  };
}

/**
 * The request body a provider package that passes its options through would build: the keys of
 * its own `providerOptions` namespace under the call options the bridge set (the bridge's fields
 * must win), and any other namespace the bridge sent kept visible as `providerOptions` (the
 * bridge must send none: an adapter reads only its own key).
 */
function fieldsOf(options: LanguageModelV3CallOptions): Record<string, unknown> {
  const { providerOptions = {}, abortSignal: _signal, ...callFields } = options;
  const { [namespace]: own, ...others } = providerOptions;
  return {
    ...own,
    ...callFields,
    ...(Object.keys(others).length > 0 ? { providerOptions: others } : {}),
  };
}

function outputOf(options: LanguageModelV3CallOptions): ObservedOutput {
  const [tool] = options.tools ?? [];
  if (tool !== undefined && tool.type === "function") {
    const choice = options.toolChoice;
    return {
      kind: "tool",
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      parameters: { ...tool.inputSchema },
      forced: choice?.type === "tool" && choice.toolName === tool.name,
    };
  }
  const format = options.responseFormat;
  if (format?.type === "json" && format.schema !== undefined) {
    return {
      kind: "json_schema",
      name: format.name ?? "",
      schema: { ...format.schema },
      strict: true,
    };
  }
  if (format?.type === "json") return { kind: "json_object" };
  return { kind: "none" };
}

function messagesOf(prompt: LanguageModelV3Prompt): Message[] {
  return prompt.flatMap(messagesFrom);
}

function messagesFrom(message: LanguageModelV3Prompt[number]): Message[] {
  switch (message.role) {
    case "system":
      return [{ role: "system", content: message.content }];
    case "user": {
      // The spec has no image part: an image is a file part with an image media type.
      const parts = message.content.map((part): UserContentPart => {
        if (part.type === "text") return { type: "text", text: part.text };
        if (part.mediaType.startsWith("image/")) {
          return { type: "image", image: part.data, mediaType: part.mediaType };
        }
        return {
          type: "file",
          data: part.data,
          mediaType: part.mediaType,
          ...(part.filename === undefined ? {} : { filename: part.filename }),
        };
      });
      const texts = parts.flatMap((part) => (part.type === "text" ? [part.text] : []));
      return [{ role: "user", content: texts.length === parts.length ? texts.join("") : parts }];
    }
    case "assistant": {
      const text = message.content.flatMap((part) => (part.type === "text" ? [part.text] : []));
      const toolCalls = message.content.flatMap((part) =>
        part.type === "tool-call"
          ? [
              {
                id: part.toolCallId,
                name: part.toolName,
                arguments: typeof part.input === "string" ? part.input : JSON.stringify(part.input),
              },
            ]
          : [],
      );
      return [
        {
          role: "assistant",
          content: text.length > 0 ? text.join("") : null,
          ...(toolCalls.length > 0 ? { toolCalls } : {}),
        },
      ];
    }
    case "tool":
      return message.content.flatMap((part): Message[] =>
        part.type === "tool-result" && part.output.type === "text"
          ? [{ role: "tool", toolCallId: part.toolCallId, content: part.output.value }]
          : [],
      );
  }
}
