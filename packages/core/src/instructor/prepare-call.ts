import type { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import { resolveJsonLimits } from "../json/resolve-json-limits.js";
import { modeHandlers } from "../modes/mode-handlers.js";
import { modeInstruction } from "../modes/mode-instruction.js";
import { callSignal } from "../retry/abort.js";
import { adapterSchema } from "../schema/adapter-schema.js";
import type { AdapterRequest } from "../types/adapter.js";
import type { GenerateParams } from "../types/instructor.js";
import type { Mode } from "../types/mode.js";
import { assertInputsSupported } from "./assert-inputs-supported.js";
import { buildMessages } from "./build-messages.js";
import type { InstructorContext } from "./instructor-context.js";
import type { PreparedCall } from "./prepared-call.js";

const DEFAULT_MAX_RETRIES = 2;

/**
 * Resolves one call before any request is sent: the mode (`params.mode` ?? instructor `mode` ??
 * `adapter.defaultMode`), the retry budget (`params.maxRetries` ?? `retry.maxRetries` ??
 * `maxRetries` ?? 2), the schema (converted and transformed by the adapter), the messages and the
 * call's abort signal (the `timeoutMs` clock starts here), and the answer limits.
 *
 * @throws the caller's abort reason when `params.signal` is already aborted;
 *   `UnsupportedModeError` for a mode the adapter lacks or a schema it cannot express;
 *   `UnsupportedInputError` for a content part the model cannot take;
 *   `InstructorError` for an unconvertible schema, a bad retry budget, a bad answer limit or
 *   nothing to answer.
 */
export function prepareCall<S extends z.ZodType, TRaw>(
  context: InstructorContext<TRaw>,
  params: GenerateParams<S>,
): PreparedCall<S, TRaw> {
  params.signal?.throwIfAborted();
  const { adapter, defaults } = context;
  const mode = params.mode ?? defaults.mode ?? adapter.defaultMode;
  assertSupported(context, mode);
  const maxRetries = params.maxRetries ?? defaults.retry?.maxRetries ?? defaults.maxRetries;
  const limits = resolveJsonLimits(defaults.limits);
  const handler = modeHandlers[mode];
  const schema = adapterSchema(adapter, params.responseModel, mode);
  const messages = buildMessages(params, modeInstruction(handler, schema));
  assertInputsSupported(adapter, params.model, messages);
  const signal = callSignal(params.signal, params.timeoutMs);
  const request: AdapterRequest = { model: params.model, mode, messages, schema };
  // Only the settings given: an absent one must not reach the adapter as `undefined`.
  if (params.temperature !== undefined) request.temperature = params.temperature;
  if (params.maxTokens !== undefined) request.maxTokens = params.maxTokens;
  if (signal !== undefined) request.signal = signal;
  if (params.providerOptions !== undefined) request.providerOptions = params.providerOptions;
  return {
    adapter,
    responseModel: params.responseModel,
    handler,
    request,
    maxRetries: checkedRetries(maxRetries ?? DEFAULT_MAX_RETRIES),
    onRetry: defaults.retry?.onRetry,
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
