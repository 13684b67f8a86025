import { Contact, itemListDocument } from "../fixtures/item-list.js";
import { scriptedJsonStream } from "../fixtures/scripted-json-stream.js";
import { splitChunks } from "../fixtures/split-chunks.js";
import { type RunPlan, repeat } from "../measure/measure.js";
import { median } from "../measure/median.js";
import { formatMs, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";

/** Options of {@link runIterableBench}. */
export interface IterableBenchConfig {
  elements: number;
  chunkCodePoints: number;
  /** Pause before each streamed chunk, like a model producing tokens. */
  chunkDelayMs: number;
  plan: RunPlan;
}

interface IterableRun {
  firstMs: number;
  totalMs: number;
  count: number;
}

/**
 * Section 2: how soon `generateIterable` hands over the first element of a paced stream,
 * compared with the whole stream (what a caller of a non-streaming `generate` waits for).
 */
export async function runIterableBench(config: IterableBenchConfig): Promise<SectionResult> {
  const chunks = splitChunks(itemListDocument(config.elements), config.chunkCodePoints);
  const { client, enqueue } = scriptedJsonStream(chunks);

  const runs = await repeat(config.plan, async (): Promise<IterableRun> => {
    enqueue({ delayMs: config.chunkDelayMs });
    const start = performance.now();
    let firstMs = Number.NaN;
    let count = 0;
    const stream = client.generateIterable({
      responseModel: Contact,
      model: "bench",
      prompt: "List every contact.",
    });
    for await (const _contact of stream) {
      if (count++ === 0) firstMs = performance.now() - start;
    }
    return { firstMs, totalMs: performance.now() - start, count };
  });
  for (const run of runs) {
    if (run.count !== config.elements) {
      throw new Error(`generateIterable yielded ${run.count} of ${config.elements} elements`);
    }
  }
  const firstMs = median(runs.map((run) => run.firstMs));
  const totalMs = median(runs.map((run) => run.totalMs));
  const ratio = firstMs / totalMs;
  return {
    title: "2. Time to the first iterable element vs the whole stream",
    tables: [
      {
        headers: ["elements", "chunks", "first element", "whole stream", "first / whole"],
        rows: [
          [
            String(config.elements),
            String(chunks.length),
            formatMs(firstMs),
            formatMs(totalMs),
            `${(ratio * 100).toFixed(2)} %`,
          ],
        ],
      },
    ],
    notes: [
      `generateIterable in JSON mode over a MockAdapter stream of ${config.chunkCodePoints}-code-point chunks, ${config.chunkDelayMs} ms apart; median of ${config.plan.runs} runs.`,
    ],
    verdict: `The first element arrives after ${formatMs(firstMs)}, ${(ratio * 100).toFixed(2)} % of the ${formatMs(totalMs)} stream (${formatRatio(totalMs / firstMs)} sooner than waiting for the whole answer).`,
    data: { ...config, chunks: chunks.length, firstMs, totalMs, ratio, runs },
  };
}
