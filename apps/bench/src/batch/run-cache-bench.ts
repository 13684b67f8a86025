import { fromCerebras } from "@instr/cerebras";
import { createMemoryCache, Mode } from "@instr/core";
import { startLoopbackCerebras } from "../fixtures/loopback-cerebras.js";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { type PairedBlocksPlan, pairedBlocks } from "../measure/paired-blocks.js";
import { formatMicros, formatRatio, formatRatioSpread } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";

const MODEL = "llama3.1-8b";

/**
 * Section 5: `generate` answered from the in-memory cache vs a cache miss that goes to the
 * loopback server (a distinct prompt per call, so each one really misses, then fills the cache).
 */
export async function runCacheBench(plan: PairedBlocksPlan): Promise<SectionResult> {
  const { server, client } = await startLoopbackCerebras(() => ({
    type: "message",
    content: PERSON_ANSWER,
  }));
  try {
    const instructor = fromCerebras(client, {
      mode: Mode.JSON_SCHEMA,
      cache: createMemoryCache({ maxEntries: 100_000 }),
    });
    const call = (prompt: string) =>
      instructor.generate({ responseModel: Person, model: MODEL, prompt });
    await call(PERSON_PROMPT);
    const before = server.requests.length;
    const result = await pairedBlocks(
      plan,
      (index) => call(`${PERSON_PROMPT} (#${index})`),
      () => call(PERSON_PROMPT),
    );
    // Two blocks of misses per round.
    const calls = 2 * plan.callsPerBlock * (plan.rounds + plan.warmupRounds);
    if (server.requests.length - before !== calls) {
      throw new Error(
        `expected ${calls} network calls (the misses), saw ${server.requests.length - before}`,
      );
    }
    return {
      title: "5. Cache: generate answered from the in-memory cache vs a miss over loopback HTTP",
      tables: [
        {
          headers: ["per call", "miss (loopback)", "hit (memory)", "hit / miss (IQR)", "saved"],
          rows: [
            [
              "wall time",
              formatMicros(result.baseMs),
              formatMicros(result.subjectMs),
              formatRatioSpread(result.ratio),
              formatMicros(-result.addedMs.median),
            ],
          ],
        },
      ],
      notes: [
        `createMemoryCache(); a miss hashes the request, calls the server and stores the validated value; a hit hashes the request and returns the stored value (validated again). ${plan.rounds} interleaved rounds of 4 blocks of ${plan.callsPerBlock} calls (miss-hit-hit-miss, then hit-miss-miss-hit); only the misses reached the server.`,
      ],
      verdict: `A cache hit costs ${formatMicros(result.subjectMs)}, ${formatRatio(result.ratio.median)} of a loopback miss (${formatRatio(1 / result.ratio.median)} cheaper) — before any real model latency.`,
      data: { ...plan, ...result },
    };
  } finally {
    await server.close();
  }
}
