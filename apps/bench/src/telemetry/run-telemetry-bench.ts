import { fromCerebras } from "@instr/cerebras";
import { createInstructor, Mode } from "@instr/core";
import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { startLoopbackCerebras } from "../fixtures/loopback-cerebras.js";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { type InterleavedPlan, interleavedBlocks } from "../measure/interleaved-blocks.js";
import { spread } from "../measure/quantile.js";
import { instantAdapter } from "../overhead/instant-adapter.js";
import { assertSameBodies, OVERHEAD_MODEL, rawPersonCall } from "../overhead/raw-person-call.js";
import { formatFineRatioSpread, formatMicros, formatMicrosSpread } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { noopSpanExporter } from "./noop-span-exporter.js";
import { sdkSpansAlone } from "./sdk-spans-alone.js";

/** Settings of the telemetry section. */
export interface TelemetryBenchConfig {
  /** Over loopback HTTP: the raw SDK call vs generate with telemetry off and on. */
  loopback: InterleavedPlan;
  /** Without network (an adapter that answers at once): generate with telemetry off vs on. */
  noNetwork: InterleavedPlan;
}

/** The no-op tracer of `@opentelemetry/api` when no tracer provider is registered. */
const NOOP_TRACER = trace.getTracer("no provider registered");

/**
 * Section 7: what tracing costs per call. Over loopback HTTP with the real Cerebras SDK (the
 * same request body on every side, checked before timing), in the same interleaved rounds: the
 * raw SDK call vs `generate` with telemetry off, with telemetry on through the OpenTelemetry SDK
 * (a call span and an attempt span per call, `BatchSpanProcessor` into an exporter that drops
 * them), and with telemetry on and no tracer provider registered (the API's no-op tracer). Then,
 * without any network, the tracing work alone: `generate` off vs on, and the same two spans made
 * through the SDK with no instr code, the floor of any tracing.
 */
export async function runTelemetryBench(config: TelemetryBenchConfig): Promise<SectionResult> {
  const exporter = noopSpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("bench");
  const { server, client } = await startLoopbackCerebras(() => ({
    type: "message",
    content: PERSON_ANSWER,
  }));
  try {
    const raw = rawPersonCall(client);
    const call = { responseModel: Person, model: OVERHEAD_MODEL, prompt: PERSON_PROMPT };
    const off = fromCerebras(client, { mode: Mode.JSON_SCHEMA });
    const sdk = off.with({ telemetry: { tracer } });
    const noop = off.with({ telemetry: { tracer: NOOP_TRACER } });
    const loopbackSides = [off, sdk, noop].map((instructor) => () => instructor.generate(call));
    for (const generate of loopbackSides) {
      await raw();
      await generate();
      assertSameBodies(server.requests);
    }
    const loopback = await interleavedBlocks(config.loopback, raw, loopbackSides);

    const instant = createInstructor({ adapter: instantAdapter(Mode.JSON_SCHEMA, PERSON_ANSWER) });
    const instantCall = { ...call, model: "instant" };
    const sdkCall = { ...instantCall, telemetry: { tracer } };
    const noopCall = { ...instantCall, telemetry: { tracer: NOOP_TRACER } };
    const noNetwork = await interleavedBlocks(
      config.noNetwork,
      () => instant.generate(instantCall),
      [
        () => instant.generate(sdkCall),
        () => instant.generate(noopCall),
        sdkSpansAlone(tracer, instantCall.model),
      ],
    );
    await provider.forceFlush();
    if (exporter.exported() === 0) throw new Error("telemetry on exported no span");

    const [offVsRaw, sdkVsRaw, noopVsRaw] = loopback.subjects;
    const [sdkAdded, noopAdded, spansAlone] = noNetwork.subjects;
    if (!offVsRaw || !sdkVsRaw || !noopVsRaw || !sdkAdded || !noopAdded || !spansAlone) {
      throw new Error("a side of the telemetry bench was not measured");
    }
    // Per round: what a traced generate adds beyond the time of its spans in the SDK alone.
    const ownWork = spread(
      noNetwork.rounds.map(([generateOff, generateSdk, , alone]) => {
        return generateSdk!.cpuMs - generateOff!.cpuMs - alone!.cpuMs;
      }),
    );
    const loopbackRow = (label: string, side: typeof offVsRaw) => [
      label,
      formatMicros(loopback.baseMs),
      formatMicros(side.ms),
      formatFineRatioSpread(side.ratio),
      formatMicrosSpread(side.addedMs),
      formatFineRatioSpread(side.cpuRatio),
    ];
    const { loopback: loopbackPlan, noNetwork: noNetworkPlan } = config;
    const rounds = (plan: InterleavedPlan, sides: number) =>
      `${plan.rounds} rounds (${plan.warmupRounds} untimed first) of ${2 * sides} blocks of ${plan.callsPerBlock} calls, each side's two blocks around the middle of the round (A B C D D C B A), the order rotating from round to round (B C D A A D C B, …), garbage collected once before the timed rounds`;
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
            "CPU ratio (IQR)",
          ],
          rows: [
            loopbackRow("telemetry off", offVsRaw),
            loopbackRow("telemetry on, OpenTelemetry SDK, no-op exporter", sdkVsRaw),
            loopbackRow("telemetry on, no tracer provider (API no-op)", noopVsRaw),
          ],
        },
        {
          headers: ["no network, CPU per call", "time (median)", "added to generate off (IQR)"],
          rows: [
            ["generate, telemetry off", formatMicros(noNetwork.baseCpuMs), ""],
            [
              "generate, telemetry on, OpenTelemetry SDK",
              formatMicros(sdkAdded.cpuMs),
              formatMicrosSpread(sdkAdded.cpuAddedMs),
            ],
            [
              "generate, telemetry on, no tracer provider",
              formatMicros(noopAdded.cpuMs),
              formatMicrosSpread(noopAdded.cpuAddedMs),
            ],
            [
              "the same two spans through the SDK, no instr code",
              formatMicros(spansAlone.cpuMs),
              "",
            ],
            ["instr's own tracing work (SDK row − spans alone)", "", formatMicrosSpread(ownWork)],
          ],
        },
      ],
      notes: [
        "Telemetry on: an OpenTelemetry BasicTracerProvider (sdk-trace-base 2.12.1) with a BatchSpanProcessor into an exporter that drops the spans; one call span and one attempt span per call, GenAI attributes filled; no meter provider registered (the metrics API is a no-op then, and instr records no metric points).",
        `Loopback: @cerebras/cerebras_cloud_sdk on 127.0.0.1 (server in this process), the same request body on every side; ${rounds(loopbackPlan, 4)}. Ratio and added time: median of the per-round values, IQR = their first to third quartile.`,
        `No network: an adapter that answers at once; ${rounds(noNetworkPlan, 4)}; process CPU time (the machine may be shared: CPU time does not count the time other processes held the cores).`,
        "Targets: telemetry off costs what generate costs without it (compare section 3); telemetry on ≤ 1.05× the raw SDK call.",
      ],
      verdict: `Over loopback, generate costs ${offVsRaw.ratio.median.toFixed(3)}× the raw SDK call with telemetry off, ${sdkVsRaw.ratio.median.toFixed(3)}× with telemetry on through the OpenTelemetry SDK (target ≤ 1.05×) and ${noopVsRaw.ratio.median.toFixed(3)}× with no tracer provider; without network tracing adds ${formatMicros(sdkAdded.cpuAddedMs.median)} of CPU a call, ${formatMicros(spansAlone.cpuMs)} of it the SDK's own spans.`,
      data: { ...config, loopback, noNetwork, ownWorkMs: ownWork },
    };
  } finally {
    await server.close();
    await provider.shutdown();
  }
}
