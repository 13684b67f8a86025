/**
 * The attempt loop shared by `generate` and the streaming functions (internal API, stable).
 *
 * ```ts
 * const call = prepareCall(context, params);              // ../instructor/prepare-call.js
 * const loop = new AttemptLoop<z.output<S>>(call, { stream: true });
 * for (;;) {
 *   const { request, attempt } = loop.begin();            // throws the abort reason if aborted
 *   let response: AdapterResponse;
 *   try {
 *     response = await sendOrAssemble(request);           // adapter.complete / adapter.stream
 *   } catch (error) {
 *     throw loop.failed(error);                           // emits completion:error
 *   }
 *   loop.received(response);                              // emits completion:response
 *   const outcome = await evaluateResponse(call, response); // ../instructor/evaluate-response.js
 *   if (outcome.ok) return loop.succeeded(outcome);       // sync: no extra await on success
 *   await loop.reask(outcome);                            // throws RetryError when spent
 * }                                                       // else: loop.begin() again
 * ```
 *
 * Per attempt, in order: `completion:last_attempt` (only before the last one),
 * `completion:kwargs`, the adapter call, `completion:response`, then on a JSON or validation
 * failure `parse:error`, `validationHook` (validation failures only; false stops), `retry`,
 * `onRetry`, and the mode's re-ask messages are appended to the next request. Provider errors,
 * refusals and truncated answers are not re-asked: they reject the call. Usage is summed over
 * every settled attempt.
 */
import type { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { type AttemptRecord, RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import { reasoningText } from "../modes/reasoning-text.js";
import type { AdapterRequest, AdapterResponse } from "../types/adapter.js";
import type { Usage } from "../types/usage.js";
import { addUsage, ZERO_USAGE } from "./add-usage.js";
import type { AttemptFailure, AttemptSuccess } from "./attempt-outcome.js";

/** What `AttemptLoop.begin` hands out: the request to send now. */
export interface AttemptStart {
  request: AdapterRequest;
  /** 1-based attempt number. */
  attempt: number;
  isLast: boolean;
}

/** The result of a successful call. */
export interface AttemptsResult<T, R extends AdapterResponse = AdapterResponse> {
  value: T;
  /** The successful attempt's response. */
  response: R;
  /** Usage summed over every attempt. */
  usage: Usage;
  /** Attempts made, the successful one included. */
  attempts: number;
}

/** The retry/re-ask state machine of one call; see the file comment for the protocol. */
export class AttemptLoop<T> {
  private request: AdapterRequest;
  private attempt = 0;
  private usage: Usage = ZERO_USAGE;
  private readonly failures: AttemptRecord[] = [];

  constructor(
    private readonly call: PreparedCall<z.ZodType>,
    private readonly options: { stream: boolean },
  ) {
    this.request = call.request;
  }

  /** Starts the next attempt and returns its request. Throws the abort reason if aborted. */
  begin(): AttemptStart {
    this.call.signal?.throwIfAborted();
    this.attempt += 1;
    const isLast = this.isLast();
    const { hooks } = this.call;
    if (isLast) hooks.emit("completion:last_attempt", { attempt: this.attempt });
    // Payloads of the per-attempt events are built only when someone listens (hot path).
    if (hooks.listens("completion:kwargs")) {
      hooks.emit("completion:kwargs", {
        request: this.request,
        attempt: this.attempt,
        stream: this.options.stream,
      });
    }
    return { request: this.request, attempt: this.attempt, isLast };
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
    this.call.hooks.emit("retry", { attempt, error, rawText });
    await this.call.onRetry?.({ attempt, retryCount, error, rawText });
    this.request = {
      ...this.request,
      messages: [
        ...this.request.messages,
        ...this.call.handler.reaskMessages(response, error, this.request.schema),
      ],
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

/** "the only attempt failed" / "all 3 attempts failed": the summary of a spent retry budget. */
function attemptsFailed(attempts: number): string {
  return attempts === 1 ? "the only attempt failed" : `all ${attempts} attempts failed`;
}
