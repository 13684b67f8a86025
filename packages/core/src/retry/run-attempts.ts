import type { z } from "zod";
import { evaluateResponse } from "../instructor/evaluate-response.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import type { AdapterResponse } from "../types/adapter.js";
import { raceAbort } from "./abort.js";
import { AttemptLoop, type AttemptsResult } from "./attempt-loop.js";

/**
 * Runs the whole attempt loop of a non-streaming call: one `adapter.complete` per attempt. The
 * pending call is abandoned as soon as the call's signal aborts, and the call rejects with the
 * abort reason. (Streaming calls run the same `AttemptLoop` in `stream/stream-attempts.ts`.)
 */
export async function runAttempts<S extends z.ZodType, TRaw>(
  call: PreparedCall<S, TRaw>,
): Promise<AttemptsResult<z.output<S>, AdapterResponse<TRaw>>> {
  const loop = new AttemptLoop<z.output<S>>(call, { stream: false });
  for (;;) {
    const { request } = loop.begin();
    let response: AdapterResponse<TRaw>;
    try {
      response = await raceAbort(call.adapter.complete(request), call.signal);
    } catch (error) {
      throw loop.failed(error);
    }
    loop.received(response);
    const outcome = await evaluateResponse(call, response);
    if (outcome.ok) return loop.succeeded(outcome);
    await loop.reask(outcome);
  }
}
