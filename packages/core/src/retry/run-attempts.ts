import { raceAbort } from "../call/call-signal.js";
import { evaluateResponse } from "../call/evaluate-response.js";
import type { PreparedCall } from "../call/prepared-call.js";
import { splitThinkResponse } from "../reasoning/split-think-response.js";
import type { AdapterResponse } from "../types/adapter.js";
import { AttemptLoop, type AttemptsResult } from "./attempt-loop.js";

/**
 * Runs the whole attempt loop of a non-streaming call: one `adapter.complete` per attempt, its
 * `<think>` reasoning moved out of the text (`splitThinkResponse`) before anyone sees it. The
 * pending call is abandoned as soon as the call's signal aborts, and the call rejects with the
 * abort reason. (Streaming calls run the same `AttemptLoop` in `stream/generate-stream.ts`.)
 */
export async function runAttempts<T, TRaw>(
  call: PreparedCall<T, TRaw>,
): Promise<AttemptsResult<T, AdapterResponse<TRaw>>> {
  const loop = new AttemptLoop<T>(call, { stream: false });
  for (;;) {
    const started = loop.begin();
    let response: AdapterResponse<TRaw>;
    try {
      response = await raceAbort(call.adapter.complete(started.request), call.signal);
    } catch (error) {
      if (loop.fellBack(error)) continue;
      throw loop.failed(error);
    }
    response = splitThinkResponse(response, started.request.mode);
    loop.received(response);
    const evaluated = evaluateResponse(call, started, response);
    // A sync schema's outcome is used at once: no microtask turn per attempt.
    const outcome = evaluated instanceof Promise ? await evaluated : evaluated;
    if (outcome.ok) return loop.succeeded(outcome);
    await loop.reask(outcome);
  }
}
