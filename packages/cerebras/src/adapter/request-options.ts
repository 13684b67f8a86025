import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import type { AdapterRequest } from "@instr/core/adapter";

/**
 * SDK request options for `request`: its abort signal, or none (nothing to allocate per call).
 * Transport retries stay the client's.
 */
export function requestOptions(request: AdapterRequest): Cerebras.RequestOptions | undefined {
  return request.signal === undefined ? undefined : { signal: request.signal };
}
