import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import type { AdapterRequest } from "@instr/core";

/** SDK request options for `request`: its abort signal. Transport retries stay the client's. */
export function requestOptions(request: AdapterRequest): Cerebras.RequestOptions {
  return request.signal === undefined ? {} : { signal: request.signal };
}
