import type { AdapterRequest, ProviderAdapter } from "@instr/core/adapter";
import { ProviderError } from "@instr/core/adapter";
import type OpenAI from "openai";
import type { Response } from "openai/resources/responses/responses";
import {
  type FailureContext,
  toProviderError,
  toStreamError,
} from "../errors/to-provider-error.js";
import { fromResponse } from "./from-response.js";
import { responsesStreamParts } from "./responses-stream-parts.js";
import { toResponsesParams } from "./to-responses-params.js";

/** `complete` and `stream` of the OpenAI adapter on the Responses API. */
export function responsesCalls(
  client: OpenAI,
  provider: string,
  failure: (request: AdapterRequest) => FailureContext,
): Pick<ProviderAdapter<Response>, "complete" | "stream"> {
  return {
    async complete(request) {
      try {
        const params = toResponsesParams(request, provider);
        return fromResponse(await client.responses.create(params, { signal: request.signal }));
      } catch (error) {
        throw toProviderError(error, failure(request));
      }
    },

    async *stream(request) {
      const context = failure(request);
      const params = { ...toResponsesParams(request, provider), stream: true } as const;
      let partialText = "";
      try {
        const events = await client.responses.create(params, { signal: request.signal });
        yield* responsesStreamParts(events, provider, (text) => {
          partialText = text;
        });
      } catch (error) {
        // The stream's own ProviderErrors (failed response, no completion) are already mapped.
        throw ProviderError.isInstance(error) ? error : toStreamError(error, context, partialText);
      }
    },
  };
}
