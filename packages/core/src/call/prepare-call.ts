import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import { resolveJsonLimits } from "../json/resolve-json-limits.js";
import { modeHandlers } from "../modes/mode-handlers.js";
import { modeInstruction } from "../modes/mode-instruction.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import { modelSpecOf } from "../schema/model/model-spec-of.js";
import type { AdapterRequest } from "../types/adapter.js";
import type { Mode } from "../types/mode.js";
import type { ResponseModel, ResponseOf } from "../types/response-model.js";
import { adapterSchema } from "./adapter-schema.js";
import { assertInputsSupported } from "./assert-inputs-supported.js";
import { buildMessages } from "./build-messages.js";
import { callSignal } from "./call-signal.js";
import { checkedReasoningEffort } from "./checked-reasoning-effort.js";
import type { InstructorContext } from "./instructor-context.js";
import { ModeFallback } from "./mode-fallback.js";
import type { ModeRequest } from "./mode-request.js";
import type { PreparedCall } from "./prepared-call.js";

const DEFAULT_MAX_RETRIES = 2;

/**
 * Resolves one call before any request is sent: the mode (`params.mode` ?? instructor `mode` ??
 * `adapter.defaultMode`; with `modeFallback` on, a mode this client saw the provider reject for
 * the model is skipped as a rejection would be), the retry budget (`params.maxRetries` ??
 * `params.retry.maxRetries` ?? instructor `retry.maxRetries` ?? `maxRetries` ?? 2) and `onRetry`
 * (the call's over the instructor's), the token budget (`params.tokenBudget` ?? `tokenBudget`),
 * the schema of `model` (wrapped when its root is not an object, transformed by the adapter),
 * the messages and the call's abort signal (the `timeoutMs` clock starts here), and the answer
 * limits.
 *
 * @throws the caller's abort reason when `params.signal` is already aborted;
 *   `UnsupportedModeError` for a mode the adapter lacks or a schema it cannot express;
 *   `UnsupportedInputError` for a content part the model cannot take;
 *   `UnsupportedReasoningError` for a `reasoningEffort` the model does not take;
 *   `InstructorError` for an unconvertible schema, a bad retry or token budget, a bad answer
 *   limit or nothing to answer.
 */
export function prepareCall<T, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<ResponseModel>,
  model: ModelSpec<T>,
  stream: boolean,
): PreparedCall<T, TRaw> {
  params.signal?.throwIfAborted();
  const { adapter, defaults } = context;
  const requested = params.mode ?? defaults.mode ?? adapter.defaultMode;
  assertSupported(context, requested);
  const maxRetries =
    params.maxRetries ??
    params.retry?.maxRetries ??
    defaults.retry?.maxRetries ??
    defaults.maxRetries;
  const limits = resolveJsonLimits(defaults.limits);
  const effort = params.reasoningEffort ?? defaults.reasoningEffort;
  const reasoningEffort =
    effort === undefined ? undefined : checkedReasoningEffort(adapter, params.model, effort);
  const signal = callSignal(params.signal, params.timeoutMs);
  const modeRequest = (mode: Mode): ModeRequest => {
    const handler = modeHandlers[mode];
    const schema = adapterSchema(adapter, model, mode);
    const request: AdapterRequest = {
      model: params.model,
      mode,
      messages: buildMessages(params, modeInstruction(handler, schema)),
      schema,
    };
    // Only the settings given: an absent one must not reach the adapter as `undefined`.
    if (params.temperature !== undefined) request.temperature = params.temperature;
    if (params.maxTokens !== undefined) request.maxTokens = params.maxTokens;
    if (reasoningEffort !== undefined) request.reasoningEffort = reasoningEffort;
    if (signal !== undefined) request.signal = signal;
    if (params.providerOptions !== undefined) request.providerOptions = params.providerOptions;
    return { handler, request };
  };
  const fallback =
    (params.modeFallback ?? defaults.modeFallback ?? true)
      ? new ModeFallback(
          context.modeMemory,
          { provider: adapter.provider, model: params.model, stream },
          adapter.supportedModes,
          modeRequest,
        )
      : undefined;
  const { handler, request } = modeRequest(fallback?.startMode(requested) ?? requested);
  assertInputsSupported(adapter, params.model, request.messages);
  return {
    adapter,
    model,
    handler,
    request,
    fallback,
    maxRetries: checkedRetries(maxRetries ?? DEFAULT_MAX_RETRIES),
    tokenBudget: checkedBudget(params.tokenBudget ?? defaults.tokenBudget),
    onRetry: params.retry?.onRetry ?? defaults.retry?.onRetry,
    validationHook: defaults.validationHook,
    hooks: context.hooks,
    signal,
    limits,
  };
}

function assertSupported({ adapter }: InstructorContext, mode: Mode): void {
  if (adapter.supportedModes.includes(mode)) return;
  throw new UnsupportedModeError(
    `The ${adapter.provider} adapter does not support mode "${mode}"; use one of: ${adapter.supportedModes.map((m) => `"${m}"`).join(", ")}.`,
    { mode, provider: adapter.provider, supportedModes: adapter.supportedModes },
  );
}

function checkedRetries(maxRetries: number): number {
  if (Number.isInteger(maxRetries) && maxRetries >= 0) return maxRetries;
  throw new InstructorError(`maxRetries must be an integer >= 0, got ${maxRetries}.`);
}

function checkedBudget(tokenBudget: number | undefined): number | undefined {
  if (tokenBudget === undefined || (Number.isInteger(tokenBudget) && tokenBudget >= 1)) {
    return tokenBudget;
  }
  throw new InstructorError(`tokenBudget must be an integer >= 1, got ${tokenBudget}.`);
}

/**
 * The spec of the call's response model, with the call's `toJsonSchema` converter over the
 * instructor's.
 *
 * @throws InstructorError for a response model core cannot use (see `modelSpecOf`).
 */
export function responseSpec<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): ModelSpec<ResponseOf<S>> {
  return modelSpecOf(params.responseModel, params.toJsonSchema ?? context.defaults.toJsonSchema);
}
