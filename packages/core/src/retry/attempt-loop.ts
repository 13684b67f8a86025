/**
 * The attempt loop shared by `generate` and the streaming functions (internal API, stable).
 *
 * ```ts
 * const call = prepareCall(context, params, model, true); // ../call/prepare-call.js
 * const loop = new AttemptLoop<T>(call, { stream: true });
 * for (;;) {
 *   const started = loop.begin();                         // throws the abort reason if aborted
 *   let response: AdapterResponse;
 *   try {
 *     response = await sendOrAssemble(started.request);   // adapter.complete / adapter.stream
 *   } catch (error) {
 *     if (loop.fellBack(error)) continue;                 // same attempt, next mode
 *     throw loop.failed(error);                           // emits completion:error
 *   }
 *   loop.received(response);                              // emits completion:response
 *   const outcome = await evaluateResponse(call, started, response); // ../instructor/
 *   if (outcome.ok) return loop.succeeded(outcome);       // sync: no extra await on success
 *   await loop.reask(outcome);                            // throws RetryError when spent
 * }                                                       // else: loop.begin() again
 * ```
 *
 * Per attempt, in order: `completion:last_attempt` (only before the last one),
 * `completion:kwargs`, the adapter call, `completion:response`, then on a JSON or validation
 * failure `parse:error`, `validationHook` (validation failures only; false stops), the token
 * budget check (a call whose summed `totalTokens` reached `tokenBudget` stops), `retry`,
 * `onRetry`, and the mode's re-ask messages are appended to the next request. Provider errors,
 * refusals and truncated answers are not re-asked: they reject the call. Usage is summed over
 * every settled attempt.
 *
 * A provider's rejection of the mode itself (see `isModeRejection`) is no failed attempt: with
 * `modeFallback` on, `fellBack` emits `mode:fallback` instead of `completion:error`, and the next
 * `begin` hands out the same attempt (same number, no `completion:last_attempt` again) as a fresh
 * first-attempt request in the next mode; the re-ask history of a rejected mode is not carried
 * over, since it was written in that mode's wire shape.
 */

import type { AttemptFailure, AttemptSuccess } from "../call/attempt-outcome.js";
import type { ModeRequest } from "../call/mode-request.js";
import type { PreparedCall } from "../call/prepared-call.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { type AttemptRecord, RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { isModeRejection } from "../fallback/mode-rejection.js";
import { reasoningText } from "../modes/reasoning-text.js";
import type { AdapterResponse } from "../types/adapter.js";
import type { Usage } from "../types/usage.js";
import { addUsage, ZERO_USAGE } from "../usage/add-usage.js";

/** What `AttemptLoop.begin` hands out: the request to send now, with its mode's handler. */
export interface AttemptStart extends ModeRequest {
  /** 1-based attempt number. */
  attempt: number;
  isLast: boolean;
}

/** The result of a successful call. */
export interface AttemptsResult<T, R extends AdapterResponse = AdapterResponse> {
  value: T;
  /** The successful attempt's response. */
  response: R;
  /** The successful answer's JSON text, as the mode it was sent in found it. */
  answerText: string;
  /** Usage summed over every attempt. */
  usage: Usage;
  /** Attempts made, the successful one included. */
  attempts: number;
}

/** The retry/re-ask state machine of one call; see the file comment for the protocol. */
export class AttemptLoop<T> {
  private current: ModeRequest;
  private attempt = 0;
  /** The current attempt is to be sent again (in another mode): `begin` keeps its number. */
  private resend = false;
  private usage: Usage = ZERO_USAGE;
  private readonly failures: AttemptRecord[] = [];

  constructor(
    private readonly call: PreparedCall<T>,
    private readonly options: { stream: boolean },
  ) {
    // The prepared call is the first attempt's mode request (its handler and request).
    this.current = call;
  }

  /** Starts the next attempt and returns its request. Throws the abort reason if aborted. */
  begin(): AttemptStart {
    this.call.signal?.throwIfAborted();
    const { hooks } = this.call;
    if (this.resend) {
      this.resend = false;
    } else {
      this.attempt += 1;
      if (this.isLast()) hooks.emit("completion:last_attempt", { attempt: this.attempt });
    }
    const { request, handler } = this.current;
    // Payloads of the per-attempt events are built only when someone listens (hot path).
    if (hooks.listens("completion:kwargs")) {
      hooks.emit("completion:kwargs", {
        request,
        attempt: this.attempt,
        stream: this.options.stream,
      });
    }
    return { request, handler, attempt: this.attempt, isLast: this.isLast() };
  }

  /**
   * After the adapter call failed: when `error` is the provider rejecting the current mode and
   * `modeFallback` is on (and the call was not aborted), switches to the next mode, emits
   * `mode:fallback` and returns true; call `begin` again for the same attempt. Else false.
   */
  fellBack(error: unknown): boolean {
    const { fallback, signal, hooks } = this.call;
    const from = this.current.request.mode;
    if (fallback === undefined || signal?.aborted === true || !isModeRejection(error, from)) {
      return false;
    }
    const next = fallback.after(from, error);
    if (next === undefined) return false;
    hooks.emit("mode:fallback", {
      from,
      to: next.request.mode,
      provider: this.call.adapter.provider,
      model: next.request.model,
      message: error.message,
      error,
      attempt: this.attempt,
      stream: this.options.stream,
    });
    this.current = next;
    this.resend = true;
    return true;
  }

  /** Reports the provider's response of the current attempt (`completion:response`). */
  received(response: AdapterResponse): void {
    const { hooks } = this.call;
    if (hooks.listens("completion:response")) {
      hooks.emit("completion:response", { response, attempt: this.attempt });
    }
  }

  /**
   * Reports that the adapter call failed; returns the error to throw: the abort reason when the
   * call's signal fired (whatever the adapter made of it), else `error` unchanged.
   */
  failed(error: unknown): unknown {
    const reason = this.call.signal?.aborted ? this.call.signal.reason : error;
    this.call.hooks.emit("completion:error", { error: reason, attempt: this.attempt });
    return reason;
  }

  /** Settles the current attempt as the call's success: its result, usage summed over every attempt. */
  succeeded<R extends AdapterResponse>(outcome: AttemptSuccess<T, R>): AttemptsResult<T, R> {
    this.usage = addUsage(this.usage, outcome.response.usage);
    return {
      value: outcome.value,
      response: outcome.response,
      answerText: outcome.answerText,
      usage: this.usage,
      attempts: this.attempt,
    };
  }

  /**
   * Settles the current attempt as a failure to re-ask: resolves once the next attempt's request
   * is ready (call `begin` again). Async only for `validationHook` and `onRetry`, which may be.
   *
   * @throws RetryError when the budget is spent or `validationHook` returned false.
   */
  async reask(outcome: AttemptFailure): Promise<void> {
    this.usage = addUsage(this.usage, outcome.response.usage);
    const { error, rawText, response } = outcome;
    const attempt = this.attempt;
    const reasoning = reasoningText(response);
    this.failures.push({
      attempt,
      rawText,
      error,
      ...(response.usage === undefined ? {} : { usage: response.usage }),
      ...(reasoning === undefined ? {} : { reasoning }),
    });
    this.call.hooks.emit("parse:error", { error, rawText, attempt });
    const retryCount = this.failures.length;
    if (await this.stoppedByValidationHook(outcome)) {
      throw this.retryError(`validationHook returned false after attempt ${attempt}`);
    }
    if (this.isLast()) throw this.retryError(attemptsFailed(attempt));
    const budget = this.call.tokenBudget;
    if (budget !== undefined && this.usage.totalTokens >= budget) {
      throw this.retryError(budgetSpent(budget, this.usage, attempt));
    }
    this.call.hooks.emit("retry", { attempt, error, rawText });
    await this.call.onRetry?.({ attempt, retryCount, error, rawText });
    const { handler, request } = this.current;
    this.current = {
      handler,
      request: {
        ...request,
        messages: [...request.messages, ...handler.reaskMessages(response, error, request.schema)],
      },
    };
  }

  private isLast(): boolean {
    return this.attempt > this.call.maxRetries;
  }

  private async stoppedByValidationHook(outcome: AttemptFailure): Promise<boolean> {
    const hook = this.call.validationHook;
    if (hook === undefined || !ValidationError.isInstance(outcome.error)) {
      return false;
    }
    return !(await hook(outcome.error.value, this.failures.length, outcome.error));
  }

  private retryError(why: string): RetryError {
    const last = this.failures.at(-1)?.error;
    const hint = JsonParseError.isInstance(last) && last.hint !== undefined ? `\n${last.hint}` : "";
    const detail = last === undefined ? "" : `\nLast error: ${last.message}${hint}`;
    return new RetryError(`No valid answer: ${why}.${detail}`, {
      attempts: [...this.failures],
      usage: this.usage,
    });
  }
}

/** Why a call stopped on its token budget: the budget, what was spent and on what. */
function budgetSpent(budget: number, usage: Usage, attempts: number): string {
  return (
    `the token budget was spent (tokenBudget ${budget}): ${usage.totalTokens} tokens ` +
    `(${usage.promptTokens} prompt, ${usage.completionTokens} completion) over ${attempts} ` +
    `attempt${attempts === 1 ? "" : "s"}, so no re-ask was sent`
  );
}

/** "the only attempt failed" / "all 3 attempts failed": the summary of a spent retry budget. */
function attemptsFailed(attempts: number): string {
  return attempts === 1 ? "the only attempt failed" : `all ${attempts} attempts failed`;
}
