import { fromCerebras } from "@instr/cerebras";
import { Mode } from "@instr/core";
import { startLoopbackCerebras } from "../fixtures/loopback-cerebras.js";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { repeat } from "../measure/measure.js";
import { timeMs } from "../measure/time-ms.js";
import { formatMs, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { type RateLimit, rateLimitedHandler } from "./rate-limited-handler.js";

/** Options of {@link runBatchBench}. */
export interface BatchBenchConfig {
  items: number;
  limit: RateLimit;
  /** `generateBatch`'s `concurrency` (the most in flight; it adapts below that). */
  concurrency: number;
  /** Runs per strategy, each on a fresh server; the median run (by items/s) is reported. */
  runs: number;
}

interface StrategyRun {
  name: string;
  succeeded: number;
  failed: number;
  limited: number;
  requests: number;
  ms: number;
  itemsPerSecond: number;
}

const MODEL = "llama3.1-8b";

/**
 * Section 4: the same items through `generateBatch` and through a naive `Promise.allSettled` of
 * `generate` calls, each against a fresh loopback server behind the same token bucket. Each
 * side gets the SDK setting its docs give: the batch leaves retries to the pool (SDK
 * `maxRetries: 0`, as docs/batch.md says); the naive side keeps the SDK default (2 retries,
 * honouring `retry-after`), which is what a hand-rolled `Promise.all` gets.
 */
export async function runBatchBench(config: BatchBenchConfig): Promise<SectionResult> {
  const params = Array.from({ length: config.items }, (_, i) => ({
    responseModel: Person,
    model: MODEL,
    prompt: `${PERSON_PROMPT} (#${i})`,
  }));
  const batch = await medianRun(config.runs, () =>
    runStrategy("instr generateBatch", config, 0, async (client) => {
      const { results } = await client.generateBatch(params, { concurrency: config.concurrency });
      return results.map((r) => r.status);
    }),
  );
  const naive = await medianRun(config.runs, () =>
    runStrategy("Promise.allSettled(generate)", config, undefined, async (client) =>
      (await Promise.allSettled(params.map((p) => client.generate(p)))).map((r) => r.status),
    ),
  );
  const ratio = batch.itemsPerSecond / naive.itemsPerSecond;
  const ideal = (config.items - config.limit.burst) / config.limit.ratePerSecond;
  return {
    title: "4. Batch under a rate limit: generateBatch vs naive Promise.all (loopback HTTP)",
    tables: [
      {
        headers: [
          "strategy",
          "succeeded",
          "failed",
          "429s",
          "429s per success",
          "requests",
          "wall",
          "items/s",
          "ratio",
        ],
        rows: [batch, naive].map((run) => [
          run.name,
          `${run.succeeded}/${config.items}`,
          String(run.failed),
          String(run.limited),
          (run.limited / run.succeeded).toFixed(2),
          String(run.requests),
          formatMs(run.ms),
          run.itemsPerSecond.toFixed(0),
          formatRatio(run.itemsPerSecond / naive.itemsPerSecond),
        ]),
      },
    ],
    notes: [
      `Server: token bucket of ${config.limit.burst} requests refilled at ${config.limit.ratePerSecond}/s, ${config.limit.latencyMs} ms per accepted answer, 429 + retry-after-ms otherwise; ${config.items} items; median of ${config.runs} runs per strategy (each on a fresh server).`,
      `items/s = succeeded items per second of wall time. The bucket caps every strategy at ~${(config.items / (ideal + config.limit.latencyMs / 1000)).toFixed(0)}/s, so the naive side's rate is its few successes before the SDK gave up on the rest; what differs is how much of the batch completes and how many 429s it costs.`,
      `generateBatch: concurrency ${config.concurrency}, SDK maxRetries 0; naive: SDK default maxRetries (2).`,
    ],
    verdict: `generateBatch completed ${batch.succeeded}/${config.items} items at ${batch.itemsPerSecond.toFixed(0)} items/s (${formatRatio(ratio)} the naive rate) with ${(batch.limited / batch.succeeded).toFixed(2)} 429s per success; naive Promise.all completed ${naive.succeeded}/${config.items} (${naive.failed} failed) with ${(naive.limited / naive.succeeded).toFixed(2)} 429s per success (${formatRatio(naive.limited / naive.succeeded / (batch.limited / batch.succeeded))} more).`,
    data: { ...config, batch, naive, ratio },
  };
}

/** Runs `run` `runs` times and returns the run with the median items/s. */
async function medianRun(runs: number, run: () => Promise<StrategyRun>): Promise<StrategyRun> {
  const all = await repeat({ warmup: 0, runs }, run);
  all.sort((a, b) => a.itemsPerSecond - b.itemsPerSecond);
  return all[all.length >> 1]!;
}

async function runStrategy(
  name: string,
  config: BatchBenchConfig,
  maxRetries: number | undefined,
  run: (
    client: ReturnType<typeof fromCerebras>,
  ) => Promise<PromiseSettledResult<unknown>["status"][]>,
): Promise<StrategyRun> {
  const { handler, counts } = rateLimitedHandler(config.limit, {
    type: "message",
    content: PERSON_ANSWER,
  });
  const { server, client } = await startLoopbackCerebras(
    handler,
    maxRetries === undefined ? {} : { maxRetries },
  );
  try {
    const instructor = fromCerebras(client, { mode: Mode.JSON_SCHEMA });
    const { ms, value: statuses } = await timeMs(() => run(instructor));
    const succeeded = statuses.filter((s) => s === "fulfilled").length;
    return {
      name,
      succeeded,
      failed: statuses.length - succeeded,
      limited: counts.limited,
      requests: server.requests.length,
      ms,
      itemsPerSecond: succeeded / (ms / 1000),
    };
  } finally {
    await server.close();
  }
}
