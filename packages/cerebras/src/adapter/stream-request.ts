import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import {
  type AdapterRequest,
  type AdapterStreamPart,
  type FinishReason,
  finishReasonFromOpenAIChat,
  ProviderError,
  type Usage,
  usageFromOpenAIChat,
} from "@instr/core/adapter";
import { abortReason } from "../errors/abort-error.js";
import { type FailureContext, toProviderError } from "../errors/to-provider-error.js";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import { buildRequestBody } from "../request/build-request-body.js";
import { chunkParts } from "../response/chunk-parts.js";
import { expectChunk } from "../response/expect-shape.js";
import type { WireChunk } from "../response/wire-response.js";
import { requestOptions } from "./request-options.js";

/**
 * One streamed chat completion through the SDK, as core's stream parts. The finish part comes
 * last, with the usage of the final chunk and that chunk as `raw` (it carries `time_info`).
 */
export async function* streamRequest(
  client: Cerebras,
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
): AsyncGenerator<AdapterStreamPart, void, undefined> {
  const body = buildRequestBody(request, capabilities, {
    stream: true as const,
    stream_options: { include_usage: true },
  });
  const received = { text: "", toolArguments: "" };
  const context = (): FailureContext => ({
    apiKey: client.apiKey,
    signal: request.signal,
    partialText: received.text || received.toolArguments,
  });
  let finishReason: FinishReason | undefined;
  let usage: Usage | undefined;
  let last: WireChunk | undefined;
  try {
    const stream = await client.chat.completions.create(body, requestOptions(request));
    for await (const event of stream) {
      const chunk = expectChunk(event);
      last = chunk;
      usage = usageFromOpenAIChat(chunk.usage) ?? usage;
      const reason = chunk.choices?.find((choice) => choice.index === 0)?.finish_reason;
      if (reason != null) finishReason = finishReasonFromOpenAIChat(reason);
      for (const part of chunkParts(chunk)) {
        if (part.type === "text-delta") received.text += part.delta;
        if (part.type === "tool-call-delta") received.toolArguments += part.argumentsDelta;
        yield part;
      }
    }
  } catch (error) {
    throw toProviderError(error, context());
  }
  // The SDK ends an aborted stream quietly; the caller must still see the abort.
  if (request.signal?.aborted) throw abortReason(request.signal);
  if (finishReason === undefined) {
    throw new ProviderError("The Cerebras stream ended before the model finished.", {
      provider: "cerebras",
      isRetryable: true,
      ...(context().partialText ? { partialText: context().partialText } : {}),
    });
  }
  yield { type: "finish", finishReason, ...(usage === undefined ? {} : { usage }), raw: last };
}
