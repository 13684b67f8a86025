import type { GenerateContentResponse } from "@google/genai";
import type { AdapterStreamPart, FinishReason, Usage } from "@instr/core/adapter";
import { finishReasonOf } from "./finish-reason.js";
import { metadataOfPart, toProviderMetadata } from "./provider-metadata.js";
import { toolCallOf } from "./tool-call-of.js";
import { usageOf } from "./usage.js";

/**
 * The spec's stream parts for `streamGenerateContent` responses: a thought part is a reasoning
 * delta (a signed one carries its signature, which ends its reasoning part), a text part a text
 * delta, and a `functionCall` part one tool-call delta holding the whole call (Gemini streams no
 * argument deltas). The finish part comes after the last response, once one has carried a
 * finish reason (or a prompt `blockReason`); its usage is the last `usageMetadata` seen and its
 * `providerMetadata` the signature of the last signed text part. No finish reason, no finish
 * part: `guardStream` then fails the stream as incomplete.
 */
export async function* streamParts(
  responses: AsyncIterable<GenerateContentResponse>,
): AsyncGenerator<AdapterStreamPart> {
  let calls = 0;
  let finishReason: FinishReason | undefined;
  let usage: Usage | undefined;
  let textSignature: string | undefined;
  let last: GenerateContentResponse | undefined;
  for await (const response of responses) {
    last = response;
    const candidate = response.candidates?.[0];
    for (const part of candidate?.content?.parts ?? []) {
      if (part.functionCall !== undefined) {
        const { id, name, arguments: argumentsDelta, providerMetadata } = toolCallOf(part, calls);
        yield {
          type: "tool-call-delta",
          index: calls++,
          id,
          name,
          argumentsDelta,
          ...(providerMetadata === undefined ? {} : { providerMetadata }),
        };
      } else if (part.thought === true) {
        const providerMetadata = metadataOfPart(part);
        yield {
          type: "reasoning-delta",
          delta: part.text ?? "",
          ...(providerMetadata === undefined ? {} : { providerMetadata }),
        };
      } else if (part.text !== undefined) {
        if (part.text !== "") yield { type: "text-delta", delta: part.text };
        textSignature = part.thoughtSignature ?? textSignature;
      }
    }
    usage = usageOf(response.usageMetadata) ?? usage;
    finishReason =
      finishReasonOf(candidate?.finishReason, response.promptFeedback?.blockReason, calls > 0) ??
      finishReason;
  }
  if (finishReason === undefined) return;
  const providerMetadata = toProviderMetadata(
    textSignature === undefined ? {} : { thoughtSignature: textSignature },
  );
  yield {
    type: "finish",
    finishReason,
    ...(usage === undefined ? {} : { usage }),
    ...(providerMetadata === undefined ? {} : { providerMetadata }),
    raw: last,
  };
}
