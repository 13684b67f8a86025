import { isDeepStrictEqual } from "node:util";
import { fromLanguageModel } from "@instr/ai-sdk";
import type { MockServer } from "@instr/mock-server";
import { streamObject } from "ai";
import { extractionDocument } from "../fixtures/extraction-document.js";
import { ExtractionResult } from "../fixtures/extraction-schema.js";
import { splitChunks } from "../fixtures/split-chunks.js";
import { type Measurement, measure, type RunPlan } from "../measure/measure.js";
import type { StreamOutcome } from "../partial/stream-contender.js";
import { formatMs, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import { benchModelId, startLoopbackLanguageModel } from "./loopback-language-model.js";

/** Options of {@link runAiSdkBench}. */
export interface AiSdkBenchConfig {
  sizesKiB: readonly number[];
  /** Code points per streamed content delta on the wire. */
  chunkCodePoints: number;
  /** Runs per size of the bridge (each one streams the whole document over loopback). */
  oursPlan: (sizeKiB: number) => RunPlan;
  /** `streamObject` re-parses the accumulated text per delta: fewer runs at larger sizes. */
  peerPlan: (sizeKiB: number) => RunPlan;
}

interface SizeResult {
  sizeKiB: number;
  bytes: number;
  chunks: number;
  ours: Measurement<StreamOutcome>;
  peer: Measurement<StreamOutcome>;
}

const prompt = "Extract every user from the CRM export.";

/**
 * The AI SDK section: `generatePartial` through `@instr/ai-sdk` against the AI SDK's own
 * `streamObject`, on the same `@ai-sdk/openai-compatible` model and the same loopback stream
 * (the document as JSON-schema content, `chunkCodePoints` per SSE delta), each checked to end
 * with the document's value and to have asked for the schema's JSON output.
 */
export async function runAiSdkBench(config: AiSdkBenchConfig): Promise<SectionResult> {
  const { server, model } = await startLoopbackLanguageModel();
  const client = fromLanguageModel(model, { maxRetries: 0 });
  const sizes: SizeResult[] = [];
  try {
    for (const sizeKiB of config.sizesKiB) {
      const text = extractionDocument(sizeKiB * 1024);
      const expected: unknown = JSON.parse(text);
      const script = () =>
        server.enqueue({
          type: "message",
          content: text,
          stream: { chunkSize: config.chunkCodePoints },
        });
      const ours = await measure(config.oursPlan(sizeKiB), async (): Promise<StreamOutcome> => {
        script();
        let final: unknown;
        let updates = 0;
        const stream = client.generatePartial({
          responseModel: ExtractionResult,
          model: benchModelId,
          prompt,
        });
        for await (const snapshot of stream) {
          final = snapshot;
          updates++;
        }
        return { final, updates };
      });
      expectJsonSchemaRequest(server, "instr generatePartial");
      const peer = await measure(config.peerPlan(sizeKiB), async (): Promise<StreamOutcome> => {
        script();
        const result = streamObject({ model, schema: ExtractionResult, prompt, maxRetries: 0 });
        let updates = 0;
        for await (const _ of result.partialObjectStream) updates++;
        return { final: await result.object, updates };
      });
      expectJsonSchemaRequest(server, "ai streamObject");
      for (const [name, run] of [
        ["instr generatePartial", ours],
        ["ai streamObject", peer],
      ] as const) {
        if (!isDeepStrictEqual(run.last.final, expected)) {
          throw new Error(`${name} did not end with the document's value at ${sizeKiB} KiB`);
        }
      }
      const chunks = splitChunks(text, config.chunkCodePoints).length;
      sizes.push({ sizeKiB, bytes: Buffer.byteLength(text), chunks, ours, peer });
      server.reset();
    }
  } finally {
    await server.close();
  }
  return report(config, sizes);
}

/** Both sides must ask the model for the schema's JSON output: the same request, the same work. */
function expectJsonSchemaRequest(server: MockServer, name: string): void {
  const body = server.requests.at(-1)?.body;
  const format =
    typeof body === "object" && body !== null ? Reflect.get(body, "response_format") : undefined;
  if (
    typeof format !== "object" ||
    format === null ||
    Reflect.get(format, "type") !== "json_schema"
  ) {
    throw new Error(`${name} did not send a json_schema response_format`);
  }
}

function report(config: AiSdkBenchConfig, sizes: readonly SizeResult[]): SectionResult {
  const table = {
    headers: [
      "size",
      "bytes",
      "deltas",
      "instr generatePartial (bridge)",
      "ai streamObject",
      "ratio",
      "CPU: bridge",
      "CPU: streamObject",
      "CPU ratio",
    ],
    rows: sizes.map(({ sizeKiB, bytes, chunks, ours, peer }) => [
      `${sizeKiB} KiB`,
      String(bytes),
      String(chunks),
      formatMs(ours.medianMs),
      formatMs(peer.medianMs),
      formatRatio(peer.medianMs / ours.medianMs),
      formatMs(ours.medianCpuMs),
      formatMs(peer.medianCpuMs),
      formatRatio(peer.medianCpuMs / ours.medianCpuMs),
    ]),
  };
  const last = sizes.at(-1);
  const notes = [
    `One @ai-sdk/openai-compatible model on a loopback OpenAI-dialect server, the document streamed as content in deltas of ${config.chunkCodePoints} code points; both sides send a json_schema response_format and read the same SSE stream through the same provider code. "ratio" = streamObject time / bridge time (higher = ours faster); median of the runs (${sizes.map((s) => `${s.ours.runsMs.length} and ${s.peer.runsMs.length} at ${s.sizeKiB} KiB`).join(", ")}).`,
    "Wall and CPU time of the whole process: the loopback server writing the SSE stream is in both.",
    ...sizes.map(
      (s) =>
        `${s.sizeKiB} KiB: the bridge yielded ${s.ours.last.updates} snapshots, streamObject ${s.peer.last.updates} partial objects.`,
    ),
  ];
  return {
    title: "8. AI SDK bridge: generatePartial vs streamObject, same model and stream",
    tables: [table],
    notes,
    verdict:
      last === undefined
        ? "no sizes run"
        : `At ${last.sizeKiB} KiB streamObject takes ${formatRatio(last.peer.medianMs / last.ours.medianMs)} the wall time (${formatRatio(last.peer.medianCpuMs / last.ours.medianCpuMs)} the CPU time) of generatePartial through @instr/ai-sdk on the same model and stream.`,
    data: {
      chunkCodePoints: config.chunkCodePoints,
      sizes: sizes.map(({ sizeKiB, bytes, chunks, ours, peer }) => ({
        sizeKiB,
        bytes,
        chunks,
        ours: {
          medianMs: ours.medianMs,
          medianCpuMs: ours.medianCpuMs,
          runsMs: ours.runsMs,
          updates: ours.last.updates,
        },
        streamObject: {
          medianMs: peer.medianMs,
          medianCpuMs: peer.medianCpuMs,
          runsMs: peer.runsMs,
          updates: peer.last.updates,
        },
      })),
    },
  };
}
