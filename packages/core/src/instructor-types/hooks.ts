import type { JsonParseError } from "../errors/json-parse-error.js";
import type { ProviderError } from "../errors/provider-error.js";
import type { ValidationError } from "../errors/validation-error.js";
import type { AdapterRequest, AdapterResponse } from "../types/adapter.js";
import type { Mode } from "../types/mode.js";

/** Payload of `completion:kwargs`: the request about to be sent. */
export interface CompletionKwargsEvent {
  request: AdapterRequest;
  /** 1-based attempt number. */
  attempt: number;
  stream: boolean;
}

/** Payload of `completion:response`: the provider's whole (or fully assembled) response. */
export interface CompletionResponseEvent {
  response: AdapterResponse;
  attempt: number;
}

/** Payload of `completion:error`: the provider or transport failed. */
export interface CompletionErrorEvent {
  error: unknown;
  attempt: number;
}

/** Payload of `parse:error`: the answer was not valid JSON or failed the schema. */
export interface ParseErrorEvent {
  error: ValidationError | JsonParseError;
  rawText: string | null;
  attempt: number;
}

/** Payload of `completion:last_attempt`: the attempt about to be made is the last one. */
export interface LastAttemptEvent {
  attempt: number;
}

/** Payload of `retry`: a failed attempt is about to be re-asked. */
export interface RetryEvent {
  /** The attempt that failed. */
  attempt: number;
  error: ValidationError | JsonParseError;
  rawText: string | null;
}

/** Payload of `cache:hit`: the answer came from the instructor's cache; no request was sent. */
export interface CacheHitEvent {
  /** The request's cache key. */
  key: string;
}

/** Payload of `cache:miss`: nothing usable was cached; the request is sent. */
export interface CacheMissEvent {
  key: string;
}

/**
 * Payload of `mode:fallback`: the provider rejected the request because of its mode, and the same
 * attempt is sent again in mode `to` (not counted as a re-ask). Later calls of the client for
 * this provider and model skip `from` (see `modeFallback`).
 */
export interface ModeFallbackEvent {
  /** The rejected mode. */
  from: Mode;
  /** The mode the attempt is sent again in. */
  to: Mode;
  provider: string;
  model: string;
  /** The provider's message, as the rejection's `ProviderError` carries it. */
  message: string;
  /** The rejection. */
  error: ProviderError;
  /** The attempt being sent again (1-based). */
  attempt: number;
  stream: boolean;
}

/**
 * Payload of `reasoning`: a piece of what the model thinks, while a streamed answer arrives
 * (the provider's reasoning deltas and `<think>` text split out of the content alike). Whole
 * answers carry their reasoning in `generateWithCompletion().reasoning` instead.
 */
export interface ReasoningEvent {
  delta: string;
  /** The attempt it belongs to (1-based); a re-asked answer thinks again. */
  attempt: number;
}

/** Hook handlers by event name. A throwing handler is reported on the console, never rethrown. */
export interface HookHandlers {
  "completion:kwargs": (event: CompletionKwargsEvent) => void;
  "completion:response": (event: CompletionResponseEvent) => void;
  "completion:error": (event: CompletionErrorEvent) => void;
  "parse:error": (event: ParseErrorEvent) => void;
  "completion:last_attempt": (event: LastAttemptEvent) => void;
  retry: (event: RetryEvent) => void;
  "cache:hit": (event: CacheHitEvent) => void;
  "cache:miss": (event: CacheMissEvent) => void;
  "mode:fallback": (event: ModeFallbackEvent) => void;
  reasoning: (event: ReasoningEvent) => void;
}

/** The name of a hook event. */
export type HookName = keyof HookHandlers;
