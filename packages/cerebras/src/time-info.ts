/** Cerebras' timing of one request, in seconds (`time_info` on completions and final chunks). */
export interface CerebrasTimeInfo {
  /** Time spent waiting in the queue. */
  queueTime?: number;
  /** Time spent reading the prompt. */
  promptTime?: number;
  /** Time spent generating the answer. */
  completionTime?: number;
  /** Total time on Cerebras' side. */
  totalTime?: number;
  /** Unix time (seconds) the request was received. */
  created?: number;
}

const fields = {
  queue_time: "queueTime",
  prompt_time: "promptTime",
  completion_time: "completionTime",
  total_time: "totalTime",
  created: "created",
} as const;

/**
 * Reads Cerebras' `time_info` from a raw completion or stream chunk — `AdapterResponse.raw`, the
 * `raw` of a stream's finish part, or `completion` from `generateWithCompletion`. Undefined when
 * there is none (e.g. another provider's response).
 */
export function getTimeInfo(completion: unknown): CerebrasTimeInfo | undefined {
  if (typeof completion !== "object" || completion === null || !("time_info" in completion)) {
    return undefined;
  }
  const info = completion.time_info;
  if (typeof info !== "object" || info === null) return undefined;
  const out: CerebrasTimeInfo = {};
  for (const [wire, name] of Object.entries(fields)) {
    const value: unknown = Reflect.get(info, wire);
    if (typeof value === "number") out[name] = value;
  }
  return out;
}
