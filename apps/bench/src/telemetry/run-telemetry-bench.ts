import { fromCerebras } from "@instr/cerebras";
import { createInstructor, Mode } from "@instr/core";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { startLoopbackCerebras } from "../fixtures/loopback-cerebras.js";
import { PERSON_ANSWER, PERSON_PROMPT, Person } from "../fixtures/person.js";
import { type PairedBlocksPlan, pairedBlocks } from "../measure/paired-blocks.js";
import { instantAdapter } from "../overhead/instant-adapter.js";
import { assertSameBodies, OVERHEAD_MODEL, rawPersonCall } from "../overhead/raw-person-call.js";
import { formatFineRatioSpread, formatMicros, formatMicrosSpread } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { noopSpanExporter } from "./noop-span-exporter.js";

/** Settings of the telemetry section. */
export interface TelemetryBenchConfig {
  /** Over loopback HTTP: raw SDK vs generate, telemetry off and on. */
  paired: PairedBlocksPlan;
  /** Without network (an adapter that answers at once): generate, telemetry off vs on. */
  ownWork: PairedBlocksPlan;
}

/**
 * Section 6: what tracing costs per call. Over loopback HTTP with the real Cerebras SDK (the
 * same request body on every side, checked before timing): the raw SDK call vs `generate` with
 * telemetry off, and vs `generate` with telemetry on (a call span and an attempt span per call,
 * through the SDK's `BatchSpanProcessor` into an exporter that drops them). Then, without any
 * network, `generate` with telemetry off vs on, which isolates the tracing work itself.
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
    const on = off.with({ telemetry: { tracer } });
    const generateOff = () => off.generate(call);
    const generateOn = () => on.generate(call);
    for (const generate of [generateOff, generateOn]) {
      await raw();
      await generate();
      assertSameBodies(server.requests);
    }
    const offVsRaw = await pairedBlocks(config.paired, raw, generateOff);
    const onVsRaw = await pairedBlocks(config.paired, raw, generateOn);

    const instant = createInstructor({ adapter: instantAdapter(Mode.JSON_SCHEMA, PERSON_ANSWER) });
    const instantCall = { ...call, model: "instant" };
    const ownWork = await pairedBlocks(
      config.ownWork,
      () => instant.generate(instantCall),
      () => instant.generate({ ...instantCall, telemetry: { tracer } }),
    );
    await provider.forceFlush();
    if (exporter.exported() === 0) throw new Error("telemetry on exported no span");

    const row = (label: string, result: typeof offVsRaw) => [
      label,
      formatMicros(result.baseMs),
      formatMicros(result.subjectMs),
      formatFineRatioSpread(result.ratio),
      formatMicrosSpread(result.addedMs),
      formatFineRatioSpread(result.cpuRatio),
    ];
    return {
      title: "6. Telemetry: generate with tracing off and on vs the raw Cerebras SDK",
      tables: [
        {
          headers: [
            "per call",
            "base",
            "subject",
            "subject / base (IQR)",
            "added (IQR)",
            "CPU ratio (IQR)",
          ],
          rows: [
            row("raw SDK → generate, telemetry off (loopback)", offVsRaw),
            row("raw SDK → generate, telemetry on (loopback)", onVsRaw),
            row("generate off → on (no network)", ownWork),
          ],
        },
      ],
      notes: [
        "Telemetry on: an OpenTelemetry BasicTracerProvider (sdk-trace-base 2.12.1) with a BatchSpanProcessor into an exporter that drops the spans; one call span and one attempt span per call, GenAI attributes filled; no meter provider registered (the metrics API is a no-op then).",
        `Loopback rows: @cerebras/cerebras_cloud_sdk on 127.0.0.1 (server in this process), the same request body on every side; ${config.paired.rounds} rounds (${config.paired.warmupRounds} untimed first) of 4 blocks of ${config.paired.callsPerBlock} calls, ABBA. No-network row: ${config.ownWork.rounds} rounds of 4 blocks of ${config.ownWork.callsPerBlock} calls over an adapter that answers at once.`,
        "Targets: telemetry off costs what generate costs without it (compare section 3 with the previous release's run); telemetry on ≤ 1.05× the raw SDK call.",
      ],
      verdict: `With telemetry off generate costs ${offVsRaw.ratio.median.toFixed(3)}× the raw SDK call; with telemetry on ${onVsRaw.ratio.median.toFixed(3)}× (target ≤ 1.05×); tracing adds ${formatMicros(ownWork.addedMs.median)} of work per call.`,
      data: { ...config, offVsRaw, onVsRaw, ownWork },
    };
  } finally {
    await server.close();
    await provider.shutdown();
  }
}
