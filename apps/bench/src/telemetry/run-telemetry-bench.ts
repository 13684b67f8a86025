import { fromCerebras } from "@instr/cerebras";
import { createInstructor, Mode } from "@instr/core";
import { trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { startPersonLoopback } from "../fixtures/person-loopback.js";
import {
  type InterleavedPlan,
  interleavedBlocks,
  type PerCall,
} from "../measure/interleaved-blocks.js";
import { spread } from "../measure/quantile.js";
import {
  type ShuffledPlan,
  type ShuffledSubject,
  shuffledCalls,
} from "../measure/shuffled-calls.js";
import { instantAdapter } from "../overhead/instant-adapter.js";
import { assertSameBodies, OVERHEAD_MODEL, rawPersonCall } from "../overhead/raw-person-call.js";
import { formatFineRatioSpread, formatMicros, formatMicrosSpread } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { noopSpanExporter } from "./noop-span-exporter.js";
import { sdkSpansAlone } from "./sdk-spans-alone.js";

/** Settings of the telemetry section. */
export interface TelemetryBenchConfig {
  /** Over loopback HTTP: the raw SDK call vs generate with telemetry off and on. */
  loopback: ShuffledPlan;
  /** Without network (an adapter that answers at once): generate with telemetry off vs on. */
  noNetwork: InterleavedPlan;
}

/** The no-op tracer of `@opentelemetry/api` when no tracer provider is registered. */
const NOOP_TRACER = trace.getTracer("no provider registered");

/** The target of telemetry on over loopback, as a ratio to the raw SDK call. */
const ON_TARGET = 1.05;
/** The target of telemetry off, as a ratio to the path without telemetry. */
const OFF_TARGET = 1.01;

/** An OpenTelemetry SDK tracer provider whose spans go to an exporter that drops them. */
function droppingProvider(processor: "simple" | "batch") {
  const exporter = noopSpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [
      processor === "simple" ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
    ],
  });
  return { exporter, provider, tracer: provider.getTracer("bench") };
}

/**
 * Section 7: what tracing costs per call. Over loopback HTTP with the real Cerebras SDK (the
 * same request body on every side, checked before timing), in the same interleaved rounds: the
 * raw SDK call vs `generate` with telemetry off, with telemetry on through the OpenTelemetry SDK
 * into an exporter that drops the spans — once behind a `SimpleSpanProcessor` (each span handed
 * to the exporter as it ends: the tracing work alone, the row the target is judged on) and once
 * behind a `BatchSpanProcessor` (spans held until 512 are buffered: what a production set-up
 * does) —, with telemetry on and no tracer provider registered (the API's no-op tracer), and
 * the raw call inside the same two spans made through the SDK with no instr code (the floor of
 * any tracing of that call, behind each processor).
 * Then, without any network, the tracing work alone: `generate` off vs on, and the same two
 * spans made through the SDK with no instr code, the floor of any tracing.
 */
export async function runTelemetryBench(config: TelemetryBenchConfig): Promise<SectionResult> {
  const simple = droppingProvider("simple");
  const batch = droppingProvider("batch");
  const { server, client, lastBodies } = await startPersonLoopback();
  try {
    const raw = rawPersonCall(client);
    const call = { responseModel: Person, model: OVERHEAD_MODEL, prompt: PERSON_PROMPT };
    const off = fromCerebras(client, { mode: Mode.JSON_SCHEMA });
    const generateSides = [
      off,
      off.with({ telemetry: { tracer: simple.tracer } }),
      off.with({ telemetry: { tracer: batch.tracer } }),
      off.with({ telemetry: { tracer: NOOP_TRACER } }),
    ].map((instructor) => () => instructor.generate(call));
    for (const generate of generateSides) {
      await raw();
      await generate();
      assertSameBodies(lastBodies());
    }
    // The raw call inside the two spans a traced generate makes, with no instr code: the floor.
    const spanned = {
      provider: "cerebras",
      model: OVERHEAD_MODEL,
      response: { "gen_ai.response.model": OVERHEAD_MODEL, "gen_ai.response.id": "chatcmpl-0" },
    };
    const loopback = await shuffledCalls(config.loopback, raw, [
      // The same raw call as the base, in a closure of its own: its ratio is the method's noise.
      rawPersonCall(client),
      ...generateSides,
      sdkSpansAlone(simple.tracer, spanned, raw),
      sdkSpansAlone(batch.tracer, spanned, raw),
    ]);

    const instant = createInstructor({ adapter: instantAdapter(Mode.JSON_SCHEMA, PERSON_ANSWER) });
    const instantCall = { ...call, model: "instant" };
    const tracedCall = (tracer: typeof NOOP_TRACER) => {
      const traced = { ...instantCall, telemetry: { tracer } };
      return () => instant.generate(traced);
    };
    const noNetwork = await interleavedBlocks(
      config.noNetwork,
      () => instant.generate(instantCall),
      [
        tracedCall(simple.tracer),
        tracedCall(batch.tracer),
        tracedCall(NOOP_TRACER),
        sdkSpansAlone(simple.tracer, { provider: "instant", model: instantCall.model }),
        sdkSpansAlone(batch.tracer, { provider: "instant", model: instantCall.model }),
      ],
    );
    await Promise.all([simple.provider.forceFlush(), batch.provider.forceFlush()]);
    if (simple.exporter.exported() === 0 || batch.exporter.exported() === 0) {
      throw new Error("telemetry on exported no span");
    }

    const [control, offVsRaw, simpleVsRaw, batchVsRaw, noopVsRaw, rawSimple, rawBatch] =
      loopback.subjects;
    const [simpleAdded, batchAdded, noopAdded, simpleAlone, batchAlone] = noNetwork.subjects;
    if (
      !offVsRaw ||
      !simpleVsRaw ||
      !batchVsRaw ||
      !noopVsRaw ||
      !control ||
      !rawSimple ||
      !rawBatch ||
      !simpleAdded ||
      !batchAdded ||
      !noopAdded ||
      !simpleAlone ||
      !batchAlone
    ) {
      throw new Error("a side of the telemetry bench was not measured");
    }
    // Per round: what a traced generate adds beyond the time of its spans in the SDK alone.
    const ownWork = (traced: number, alone: number) =>
      spread(
        noNetwork.rounds.map((costs: PerCall[]) => {
          return costs[traced]!.cpuMs - costs[0]!.cpuMs - costs[alone]!.cpuMs;
        }),
      );
    const simpleOwn = ownWork(1, 4);
    const batchOwn = ownWork(2, 5);
    const loopbackRow = (label: string, side: ShuffledSubject) => [
      label,
      formatMicros(loopback.baseMs),
      formatMicros(side.ms),
      formatFineRatioSpread(side.ratio),
      formatMicrosSpread(side.addedMs),
    ];
    const { loopback: loopbackPlan, noNetwork: noNetworkPlan } = config;
    const rounds = (plan: InterleavedPlan, sides: number) =>
      `${plan.rounds} rounds (${plan.warmupRounds} untimed first) of ${2 * sides} blocks of ${plan.callsPerBlock} calls, each side's two blocks around the middle of the round (A B C … C B A), the order rotating from round to round (B C … A A … C B, …), garbage collected once before the timed rounds`;
    const met = (ratio: number, target: number) => (ratio <= target ? "met" : "not met");
    return {
      title: "7. Telemetry: generate with tracing off and on vs the raw Cerebras SDK",
      tables: [
        {
          headers: [
            "over loopback HTTP, per call",
            "raw SDK",
            "generate",
            "generate / raw (IQR)",
            "added (IQR)",
          ],
          rows: [
            loopbackRow("raw SDK call again (A/A control: the noise)", control),
            loopbackRow("telemetry off", offVsRaw),
            loopbackRow("telemetry on, SDK, SimpleSpanProcessor → no-op exporter", simpleVsRaw),
            loopbackRow("telemetry on, SDK, BatchSpanProcessor → no-op exporter", batchVsRaw),
            loopbackRow("telemetry on, no tracer provider (API no-op)", noopVsRaw),
            loopbackRow("raw SDK call inside the same two spans, Simple (floor)", rawSimple),
            loopbackRow("raw SDK call inside the same two spans, Batch (floor)", rawBatch),
          ],
        },
        {
          headers: ["no network, CPU per call", "time (median)", "added to generate off (IQR)"],
          rows: [
            ["generate, telemetry off", formatMicros(noNetwork.baseCpuMs), ""],
            [
              "generate, telemetry on, SDK, SimpleSpanProcessor",
              formatMicros(simpleAdded.cpuMs),
              formatMicrosSpread(simpleAdded.cpuAddedMs),
            ],
            [
              "generate, telemetry on, SDK, BatchSpanProcessor",
              formatMicros(batchAdded.cpuMs),
              formatMicrosSpread(batchAdded.cpuAddedMs),
            ],
            [
              "generate, telemetry on, no tracer provider",
              formatMicros(noopAdded.cpuMs),
              formatMicrosSpread(noopAdded.cpuAddedMs),
            ],
            [
              "the same two spans through the SDK, no instr code (Simple)",
              formatMicros(simpleAlone.cpuMs),
              "",
            ],
            [
              "the same two spans through the SDK, no instr code (Batch)",
              formatMicros(batchAlone.cpuMs),
              "",
            ],
            [
              "instr's own tracing work (Simple row − spans alone)",
              "",
              formatMicrosSpread(simpleOwn),
            ],
            [
              "instr's own tracing work (Batch row − spans alone)",
              "",
              formatMicrosSpread(batchOwn),
            ],
          ],
        },
      ],
      notes: [
        "Telemetry on: OpenTelemetry BasicTracerProviders (sdk-trace-base 2.12.1), one call span and one attempt span per call, GenAI attributes filled, each into an exporter that drops the spans: behind a SimpleSpanProcessor (every span handed to the exporter as it ends) and behind a BatchSpanProcessor (spans held until 512 are buffered, then exported). No meter provider registered (the metrics API is a no-op then, and instr records no metric points).",
        "Which row the ≤ 1.05× target is judged on: the SimpleSpanProcessor one. The target asks for a no-op exporter, that is the cost of making the spans without the cost of keeping or shipping them; behind a SimpleSpanProcessor a span's life ends with the call, so the row is the tracing work itself. A BatchSpanProcessor keeps up to 512 ended spans (and everything they reference) alive between exports: in a process that allocates as much as a loopback call does they can outlive young-generation collections and cost old-generation work, a cost of the SDK's buffering that grows with the process's allocation rate and the machine's load, not with what instr does per span. That row is what a production set-up pays and is printed for that reason. The two rows of the raw call inside the same two spans are the floor: the raw call wrapped in the spans a traced generate makes, through the SDK with no instr code.",
        `Loopback: @cerebras/cerebras_cloud_sdk on 127.0.0.1 (server in this process), the same request body and the same response bytes on every side; one call at a time, each timed on its own: ${loopbackPlan.rounds} rounds (${loopbackPlan.warmupRounds} untimed first) of one call of each of the 8 sides in an order shuffled every round (seeded), garbage collected once before the timed rounds; the timed rounds cut into ${loopback.chunks} chunks, per chunk and side the mean of the call times without the ${loopbackPlan.trim * 100} % slowest and fastest. Ratio and added time: median of the per-chunk values, IQR = their first to third quartile.`,
        `No network: an adapter that answers at once; ${rounds(noNetworkPlan, 6)}; process CPU time (the machine may be shared: CPU time does not count the time other processes held the cores).`,
        `Targets: telemetry off ≤ ${OFF_TARGET}× the path without telemetry (the off path is that path plus one check of the call's and the instructor's telemetry setting, so the "telemetry off" row is the ratio of that path to the raw call); telemetry on with a no-op exporter ≤ ${ON_TARGET}× the raw SDK call.`,
      ],
      verdict: `Over loopback (the raw call against itself: ${control.ratio.median.toFixed(3)}×), generate costs ${offVsRaw.ratio.median.toFixed(3)}× the raw SDK call with telemetry off; with telemetry on through the OpenTelemetry SDK and a no-op exporter ${simpleVsRaw.ratio.median.toFixed(3)}× behind a SimpleSpanProcessor (target ≤ ${ON_TARGET}×: ${met(simpleVsRaw.ratio.median, ON_TARGET)}; the raw call inside the same two spans alone: ${rawSimple.ratio.median.toFixed(3)}×) and ${batchVsRaw.ratio.median.toFixed(3)}× behind a BatchSpanProcessor (spans alone: ${rawBatch.ratio.median.toFixed(3)}×); ${noopVsRaw.ratio.median.toFixed(3)}× with no tracer provider. Without network tracing adds ${formatMicros(simpleAdded.cpuAddedMs.median)} of CPU a call (Simple), ${formatMicros(simpleAlone.cpuMs)} of it the SDK's own spans.`,
      data: { ...config, loopback, noNetwork, ownWorkMs: { simple: simpleOwn, batch: batchOwn } },
    };
  } finally {
    await server.close();
    await Promise.all([simple.provider.shutdown(), batch.provider.shutdown()]);
  }
}
