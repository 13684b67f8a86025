import { cacheKey } from "../cache/cache-key.js";
import type { PreparedCall } from "../call/prepared-call.js";
import type { GenerateResult } from "../instructor-types/instructor.js";
import type { AttemptsResult } from "../retry/attempt-loop.js";
import { parseWireAnswer } from "../schema/model/parse-wire-answer.js";
import { parseJsonText } from "../schema/parse-json-text.js";
import type { AdapterResponse } from "../types/adapter.js";
import type { CacheStore } from "../types/cache.js";
import { ZERO_USAGE } from "../usage/add-usage.js";
import { generateResult } from "./generate-result.js";

/**
 * Runs a prepared call behind `cache` (a call without one skips this layer). The key is the first
 * attempt's request as sent (messages with the mode's instruction, the adapter's schema,
 * settings) plus the provider. The cache holds the answer's parsed JSON, stored only after it passed
 * validation; a hit validates it again, so transforms and defaults run as on a fresh answer,
 * and an entry that no longer passes is a miss. A hit resolves with `attempts: 0`, zero usage
 * and `completion: undefined`. Emits `cache:hit` / `cache:miss`.
 *
 * A failing `cache.get` rejects the call before any request; a failing `cache.set` is reported
 * with `console.error` and the paid-for answer is still returned.
 */
export async function withCache<T, TRaw>(
  call: PreparedCall<T, TRaw>,
  cache: CacheStore,
  run: () => Promise<AttemptsResult<T, AdapterResponse<TRaw>>>,
): Promise<GenerateResult<T, TRaw>> {
  const key = await cacheKey({ provider: call.adapter.provider, ...call.request });
  const cached = await cache.get(key);
  if (cached !== undefined) {
    const { result } = await parseWireAnswer(call.model, cached);
    if (result.success) {
      call.hooks.emit("cache:hit", { key });
      return { data: result.data, completion: undefined, usage: ZERO_USAGE, attempts: 0 };
    }
  }
  call.hooks.emit("cache:miss", { key });
  const result = await run();
  const answer = parseJsonText(result.answerText, call.limits);
  try {
    await cache.set(key, answer);
  } catch (error) {
    console.error("[instr] writing the cache failed; the answer is returned uncached.", error);
  }
  return generateResult(result);
}
