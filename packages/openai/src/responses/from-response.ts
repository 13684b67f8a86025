import type {
  AdapterResponse,
  FinishReason,
  ReasoningPart,
  ToolCall,
  Usage,
} from "@instr/core/adapter";
import type { Response, ResponseUsage } from "openai/resources/responses/responses";

/**
 * A whole Responses API answer, normalised: output text joined, `function_call` items as tool
 * calls (their `call_id` as id), reasoning items as reasoning parts whose item id and encrypted
 * content ride in `providerMetadata.openai` back to the API on a re-ask.
 */
export function fromResponse(response: Response): AdapterResponse<Response> {
  let text: string | null = null;
  let refusal: string | undefined;
  const reasoning: ReasoningPart[] = [];
  const toolCalls: ToolCall[] = [];
  for (const item of response.output) {
    if (item.type === "message") {
      for (const content of item.content) {
        if (content.type === "output_text") text = (text ?? "") + content.text;
        else refusal = (refusal ?? "") + content.refusal;
      }
    } else if (item.type === "function_call") {
      toolCalls.push({ id: item.call_id, name: item.name, arguments: item.arguments });
    } else if (item.type === "reasoning") {
      reasoning.push(reasoningPartOf(item.summary.map((part) => part.text).join(""), item));
    }
  }
  const usage = response.usage ? usageFromResponses(response.usage) : undefined;
  return {
    text,
    toolCalls,
    ...(reasoning.length > 0 ? { reasoning } : {}),
    ...(refusal === undefined ? {} : { refusal }),
    finishReason: finishReasonOfResponse(response),
    ...(usage === undefined ? {} : { usage }),
    raw: response,
  };
}

/**
 * Why a response ended: an `incomplete` one by its `incomplete_details.reason` (`content_filter`,
 * else `length`: `max_output_tokens`), a complete one by whether it called a function.
 */
export function finishReasonOfResponse(response: Response): FinishReason {
  if (response.status === "incomplete") {
    return response.incomplete_details?.reason === "content_filter" ? "content_filter" : "length";
  }
  return response.output.some((item) => item.type === "function_call") ? "tool_calls" : "stop";
}

/** A reasoning part carrying what the API needs back unchanged. */
export function reasoningPartOf(
  text: string,
  item: { id: string; encrypted_content?: string | null },
): ReasoningPart {
  return {
    type: "reasoning",
    text,
    providerMetadata: {
      openai: {
        itemId: item.id,
        ...(item.encrypted_content ? { encryptedContent: item.encrypted_content } : {}),
      },
    },
  };
}

/** `Usage` from the Responses API's counts. */
export function usageFromResponses(usage: ResponseUsage): Usage {
  const cached = usage.input_tokens_details?.cached_tokens ?? 0;
  const reasoningTokens = usage.output_tokens_details?.reasoning_tokens ?? 0;
  return {
    promptTokens: usage.input_tokens,
    completionTokens: usage.output_tokens,
    totalTokens: usage.total_tokens,
    ...(cached > 0 ? { cachedPromptTokens: cached } : {}),
    ...(reasoningTokens > 0 ? { reasoningTokens } : {}),
  };
}
