import type { z } from "zod";
import { evaluateResponse } from "../instructor/evaluate-response.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import type { AdapterRequest, AdapterResponse } from "../types/adapter.js";
import { raceAbort } from "./abort.js";
import { AttemptLoop, type AttemptsResult } from "./attempt-loop.js";

/**
 * Runs the whole attempt loop for a call whose attempts produce one whole response each:
 * `send(request)` performs one provider call (e.g. `adapter.complete`, or a stream consumed
 * into an `AdapterResponse`). The pending `send` is abandoned as soon as the call's signal
 * aborts, and the call rejects with the abort reason.
 */
export async function runAttempts<S extends z.ZodType>(
  call: PreparedCall<S>,
  options: { stream: boolean; send: (request: AdapterRequest) => Promise<AdapterResponse> },
): Promise<AttemptsResult<z.output<S>>> {
  const loop = new AttemptLoop<z.output<S>>(call, { stream: options.stream });
  for (;;) {
    const { request } = loop.begin();
    let response: AdapterResponse;
    try {
      response = await raceAbort(options.send(request), call.signal);
    } catch (error) {
      throw loop.failed(error);
    }
    loop.received(response);
    const outcome = await evaluateResponse(call, response);
    if (outcome.ok) return loop.succeeded(outcome);
    await loop.reask(outcome);
  }
}
