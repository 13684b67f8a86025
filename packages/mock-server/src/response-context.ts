import { completionId } from "./ids.js";
import type { Dialect } from "./types.js";

/** Fields every body or chunk of one response shares. */
export interface ResponseContext {
  id: string;
  /** Unix seconds. */
  created: number;
  model: string;
  dialect: Dialect;
  /** `performance.now()` when the request arrived, for `time_info`. */
  receivedAt: number;
}

/** Fixes the id, timestamp and model of one response. */
export function createResponseContext(
  dialect: Dialect,
  model: string,
  receivedAt: number,
): ResponseContext {
  return {
    id: completionId(),
    created: Math.floor(Date.now() / 1000),
    model,
    dialect,
    receivedAt,
  };
}

/** The common envelope of a completion or a chunk. */
export function envelope(context: ResponseContext, object: string): Record<string, unknown> {
  return {
    id: context.id,
    object,
    created: context.created,
    model: context.model,
    system_fingerprint: "fp_mock",
  };
}

/** Cerebras' `time_info` (seconds), derived from the real time spent answering. */
export function timeInfo(context: ResponseContext): Record<string, number> {
  const total = Math.max((performance.now() - context.receivedAt) / 1000, 1e-6);
  return {
    queue_time: total * 0.05,
    prompt_time: total * 0.15,
    completion_time: total * 0.8,
    total_time: total,
    created: context.created,
  };
}
