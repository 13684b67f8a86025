import { randomUUID } from "node:crypto";
import { isRecord } from "../../request-fields.js";
import type { Wire, WireAnswer, WireEvent } from "../wire.js";
import { geminiFinishReason, geminiParts, geminiUsage, wholePart } from "./gemini-candidate.js";
import { geminiErrorBody } from "./gemini-error-body.js";

/**
 * `/v1beta/models/{model}:generateContent` and `:streamGenerateContent` (any API version; tuned
 * models under `tunedModels/` too).
 */
const ROUTE =
  /^\/v1(?:beta|alpha)?\/((?:models|tunedModels)\/[^/:]+):(generateContent|streamGenerateContent)$/;

/** What every response of one answer shares. */
function envelope(answer: WireAnswer, responseId: string): Record<string, unknown> {
  return { modelVersion: answer.model, responseId };
}

/**
 * Google's Gemini API (`generateContent`, and `streamGenerateContent?alt=sse`, whose events are
 * unnamed `data:` lines, each a `GenerateContentResponse`), as the `@google/genai` SDK calls it
 * with `httpOptions: { baseUrl: server.url }`. The model and the stream flag come from the path.
 * A stream sends the thought pieces, the text pieces and each function call whole, then a last
 * response with the finish reason and `usageMetadata`. Errors are `{ error: { code, message,
 * status } }`, and a stream's `errorAfterChunks` event is that body with code 500.
 */
export const geminiWire: Wire = {
  name: "gemini",
  claims: (pathname) => ROUTE.test(pathname),
  facts(request) {
    const [, name, method] = ROUTE.exec(request.path.split("?")[0] ?? "") ?? [];
    const model = name?.replace(/^models\//, "");
    const contents = isRecord(request.body) ? request.body.contents : undefined;
    return {
      model,
      stream: method === "streamGenerateContent",
      promptChars: JSON.stringify(contents ?? "").length,
    };
  },
  body(answer) {
    const { message } = answer;
    return {
      candidates: [
        {
          content: { role: "model", parts: geminiParts(answer).map(wholePart) },
          finishReason: geminiFinishReason(message.finishReason),
          index: 0,
        },
      ],
      usageMetadata: geminiUsage(message.usage),
      ...envelope(answer, responseId()),
    };
  },
  events(answer) {
    const { message, reply } = answer;
    const script = reply.stream ?? {};
    const id = responseId();
    const events: WireEvent[] = geminiParts(answer)
      .flat()
      .map((part) => ({
        data: {
          candidates: [{ content: { role: "model", parts: [part] }, index: 0 }],
          ...envelope(answer, id),
        },
      }));
    const finish =
      script.omitFinishReason === true
        ? {}
        : { finishReason: geminiFinishReason(message.finishReason) };
    events.push({
      data: {
        candidates: [{ ...finish, index: 0 }],
        ...(script.omitUsage === true ? {} : { usageMetadata: geminiUsage(message.usage) }),
        ...envelope(answer, id),
      },
    });
    return events;
  },
  errorBody: geminiErrorBody,
  streamError: () => ({ data: geminiErrorBody(500) }),
};

function responseId(): string {
  return randomUUID().replaceAll("-", "").slice(0, 22);
}
