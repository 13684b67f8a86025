import { abortReason, guardStream, type ProviderAdapter } from "@instr/core/adapter";
import type OpenAI from "openai";
import type { Response, ResponseStreamEvent } from "openai/resources/responses/responses";
import { toProviderError } from "../to-provider-error.js";
import { fromResponse } from "./from-response.js";
import { responsesStreamParts } from "./responses-stream-parts.js";
import { toResponsesParams } from "./to-responses-params.js";

/** `complete` and `stream` of the OpenAI adapter on the Responses API. */
export function responsesCalls(
  client: OpenAI,
  provider: string,
): Pick<ProviderAdapter<Response>, "complete" | "stream"> {
  const toError = (error: unknown, partialText?: string) =>
    toProviderError(error, provider, client.apiKey, partialText);
  return {
    async complete(request) {
      const { signal } = request;
      try {
        const params = toResponsesParams(request, provider);
        return fromResponse(await client.responses.create(params, { signal }));
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw toError(error);
      }
    },

    async *stream(request) {
      const { signal } = request;
      let events: AsyncIterable<ResponseStreamEvent>;
      try {
        const params = { ...toResponsesParams(request, provider), stream: true } as const;
        events = await client.responses.create(params, { signal });
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw toError(error);
      }
      yield* guardStream(responsesStreamParts(events, provider, client.apiKey), {
        provider,
        signal,
        toError,
      });
    },
  };
}
