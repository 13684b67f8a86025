import { callProvider, guardStream, type ProviderAdapter } from "@instr/core/adapter";
import type OpenAI from "openai";
import type { Response } from "openai/resources/responses/responses";
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
    toProviderError(error, { provider, apiKey: client.apiKey, partialText });
  return {
    async complete(request) {
      const { signal } = request;
      return callProvider(
        async () => {
          const params = toResponsesParams(request, provider);
          return fromResponse(await client.responses.create(params, { signal }));
        },
        { signal, toError },
      );
    },

    async *stream(request) {
      const guard = { provider, signal: request.signal, toError };
      const events = await callProvider(() => {
        const params = { ...toResponsesParams(request, provider), stream: true } as const;
        return client.responses.create(params, { signal: request.signal });
      }, guard);
      yield* guardStream(responsesStreamParts(events, provider, client.apiKey), guard);
    },
  };
}
