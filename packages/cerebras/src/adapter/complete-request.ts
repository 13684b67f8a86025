import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import type { AdapterRequest, AdapterResponse } from "@instr/core/adapter";
import { toProviderError } from "../errors/to-provider-error.js";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import { buildRequestBody } from "../request/build-request-body.js";
import { expectCompletion } from "../response/expect-shape.js";
import { mapCompletion } from "../response/map-completion.js";
import type { WireCompletion } from "../response/wire-response.js";
import { requestOptions } from "./request-options.js";

/** One non-streaming chat completion through the SDK, mapped to core's response. */
export async function completeRequest(
  client: Cerebras,
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
): Promise<AdapterResponse<WireCompletion>> {
  const body = buildRequestBody(request, capabilities, { stream: false as const });
  try {
    const completion = await client.chat.completions.create(body, requestOptions(request));
    return mapCompletion(expectCompletion(completion));
  } catch (error) {
    throw toProviderError(error, { apiKey: client.apiKey, signal: request.signal });
  }
}
