import { fromCerebras } from "@instr/cerebras";
import { Mode } from "@instr/core";
import { PERSON_PROMPT, Person } from "../fixtures/person.js";
import { startPersonLoopback } from "../fixtures/person-loopback.js";
import { type PairedBlocksPlan, pairedBlocks } from "../measure/paired-blocks.js";
import {
  formatMicros,
  formatMicrosSpread,
  formatRatio,
  formatRatioSpread,
} from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { measureOwnWork, type OwnWorkPlan } from "./own-work.js";
import { assertSameBodies, OVERHEAD_MODEL, rawPersonCall } from "./raw-person-call.js";

/** Settings of the per-call overhead section. */
export interface OverheadBenchConfig {
  /** generate vs the raw SDK call over loopback HTTP. */
  paired: PairedBlocksPlan;
  /** instr's own work per call, on an adapter that answers instantly. */
  ownWork: OwnWorkPlan;
}

/**
 * Section 3: sequential `generate` calls vs raw Cerebras SDK calls with the same request body
 * (checked byte for byte against what instr sent) on the same SDK client, both against the
 * loopback server with the same scripted answer. The raw side `JSON.parse`s the content; the
 * difference is everything instr adds (messages, schema dialect, hooks, zod validation, usage
 * mapping). A second table times instr's own work per call without any network.
 */
export async function runOverheadBench(config: OverheadBenchConfig): Promise<SectionResult> {
  const { server, client, lastBodies } = await startPersonLoopback();
  try {
    const raw = rawPersonCall(client);
    const instructor = fromCerebras(client, { mode: Mode.JSON_SCHEMA });
    const generate = () =>
      instructor.generate({ responseModel: Person, model: OVERHEAD_MODEL, prompt: PERSON_PROMPT });

    await raw();
    await generate();
    assertSameBodies(lastBodies());
    const result = await pairedBlocks(config.paired, raw, generate);
    const ownWork = await measureOwnWork(config.ownWork);
    const { ratio, addedMs, cpuRatio, cpuAddedMs } = result;
    const { paired } = config;
    const ownCpuMs = ownWork.find((row) => row.mode === Mode.JSON_SCHEMA)?.cpuMs ?? Number.NaN;
    return {
      title: "3. Per-call overhead: generate vs the raw Cerebras SDK (loopback HTTP)",
      tables: [
        {
          headers: ["per call", "raw SDK", "instr generate", "ours / raw (IQR)", "added (IQR)"],
          rows: [
            [
              "wall time",
              formatMicros(result.baseMs),
              formatMicros(result.subjectMs),
              formatRatioSpread(ratio),
              formatMicrosSpread(addedMs),
            ],
            [
              "CPU time (client + in-process server)",
              formatMicros(result.baseCpuMs),
              formatMicros(result.subjectCpuMs),
              formatRatioSpread(cpuRatio),
              formatMicrosSpread(cpuAddedMs),
            ],
          ],
        },
        {
          headers: ["instr's own work per call (no network)", "wall time", "CPU time"],
          rows: ownWork.map((row) => [row.mode, formatMicros(row.ms), formatMicros(row.cpuMs)]),
        },
      ],
      notes: [
        "@cerebras/cerebras_cloud_sdk 1.91.0 on 127.0.0.1 (server in this process), one SDK client for both sides, the same scripted answer and the same request body (JSON_SCHEMA mode, strict schema; checked equal before timing); raw: JSON.parse of the content, ours: + messages, schema dialect, hooks, zod validation, usage.",
        `${paired.rounds} rounds (${paired.warmupRounds} untimed first) of 4 blocks of ${paired.callsPerBlock} sequential calls, raw-ours-ours-raw then ours-raw-raw-ours; garbage collected once before the timed rounds, never inside them. Ratio and added time: median of the per-round values, IQR = their first to third quartile.`,
        `Own work: generate over an adapter that answers instantly (the same model and answer), ${config.ownWork.calls} sequential calls per run, median of ${config.ownWork.plan.runs} runs.`,
      ],
      verdict: `generate costs ${formatRatio(ratio.median)} the raw SDK call (IQR ${formatRatio(ratio.q1)}–${formatRatio(ratio.q3)}; ${formatMicros(addedMs.median)} added per call; CPU ${formatRatio(cpuRatio.median)}, ${formatMicros(cpuAddedMs.median)}); instr's own work is ${formatMicros(ownCpuMs)} of CPU per call.`,
      data: { ...config, ...result, ownWork },
    };
  } finally {
    await server.close();
  }
}
