import { isDeepStrictEqual } from "node:util";
import { readEventStream, toEventStream } from "@instr/core";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { parsePartialJson } from "ai";
import { ExtractionResult } from "../fixtures/extraction-schema.js";
import { scriptedJsonStream } from "../fixtures/scripted-json-stream.js";
import { streamedDocument } from "../fixtures/streamed-document.js";
import { measure, type RunPlan } from "../measure/measure.js";
import { formatMs, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";

/** Options of {@link runEventStreamBench}. */
export interface EventStreamBenchConfig {
  sizeKiB: number;
  chunkCodePoints: number;
  /** For the byte count with the server's default batching: chunks the provider sends per ms. */
  chunksPerMs: number;
  oursPlan: RunPlan;
  peerPlan: RunPlan;
}

/**
 * Section 6: the browser side. The server's `toEventStream` body of one answer is built once
 * (untimed); then the client work is timed: `readEventStream` (SSE decoding, incremental parse,
 * a snapshot per event) against the AI SDK's `useObject` path, which re-parses the accumulated
 * text with `parsePartialJson` after every chunk. Our body here has one event per chunk
 * (`flushMs: 0`), the worst case for our client. Bytes on the wire are counted for that body and
 * for the default batching with the provider's chunks arriving `chunksPerMs` per millisecond.
 */
export async function runEventStreamBench(config: EventStreamBenchConfig): Promise<SectionResult> {
  const { text, chunks, expected } = streamedDocument(config.sizeKiB, config.chunkCodePoints);
  const answerBytes = Buffer.byteLength(text);

  const perChunk = await wireOf(chunks, 0, undefined);
  const batched = await wireOf(chunks, undefined, config.chunksPerMs);

  const ours = await measure(config.oursPlan, async () => {
    let final: unknown;
    let updates = 0;
    for await (const event of readEventStream(replay(perChunk.frames))) {
      if (event.type === "partial") updates++;
      else if (event.type === "final") final = event.value;
      else if (event.type === "error") throw event.error;
    }
    return { final, updates };
  });
  const peer = await measure(config.peerPlan, async () => {
    let accumulated = "";
    let final: unknown;
    for (const chunk of chunks) {
      accumulated += chunk;
      const { value, state } = await parsePartialJson(accumulated);
      if (state === "failed-parse")
        throw new Error("parsePartialJson failed on valid partial JSON");
      final = value;
    }
    return { final, updates: chunks.length };
  });
  for (const [name, run] of [
    ["readEventStream", ours],
    ["parsePartialJson", peer],
  ] as const) {
    if (!isDeepStrictEqual(run.last.final, expected)) {
      throw new Error(`${name} did not end with the document's value`);
    }
  }
  const cpuRatio = peer.medianCpuMs / ours.medianCpuMs;
  const wallRatio = peer.medianMs / ours.medianMs;
  const perChunkRatio = perChunk.bytes / answerBytes;
  const batchedRatio = batched.bytes / answerBytes;
  return {
    title: "6. Streaming to a browser: client CPU and bytes on the wire",
    tables: [
      {
        headers: ["client", "wall", "CPU", "snapshots"],
        rows: [
          [
            "instr readEventStream",
            formatMs(ours.medianMs),
            formatMs(ours.medianCpuMs),
            String(ours.last.updates),
          ],
          [
            "ai parsePartialJson per chunk",
            formatMs(peer.medianMs),
            formatMs(peer.medianCpuMs),
            String(peer.last.updates),
          ],
          ["ratio (peer / ours)", formatRatio(wallRatio), formatRatio(cpuRatio), ""],
        ],
      },
      {
        headers: ["body", "bytes", "events", "bytes / answer"],
        rows: [
          ["answer text", String(answerBytes), "", "1.00×"],
          [
            "toEventStream, flushMs 0 (one event per chunk)",
            String(perChunk.bytes),
            String(perChunk.frames.length),
            formatRatio(perChunkRatio),
          ],
          [
            `toEventStream, default flushMs, ${config.chunksPerMs} chunks/ms`,
            String(batched.bytes),
            String(batched.frames.length),
            formatRatio(batchedRatio),
          ],
        ],
      },
    ],
    notes: [
      `${config.sizeKiB} KiB answer in ${chunks.length} chunks of ${config.chunkCodePoints} code points; median of ${config.oursPlan.runs} runs (ours) and ${config.peerPlan.runs} (peer); the client reads a body with one event per chunk.`,
      "The peer is what the AI SDK's useObject runs per chunk of its text stream (parsePartialJson of the whole text so far); its deep-equality check per chunk is not counted.",
    ],
    verdict: `Client CPU: readEventStream ${formatRatio(cpuRatio)} faster than parsePartialJson per chunk (wall ${formatRatio(wallRatio)}); bytes on the wire ${formatRatio(batchedRatio)} of the answer with the default batching, ${formatRatio(perChunkRatio)} with one event per 4-character chunk.`,
    data: {
      sizeKiB: config.sizeKiB,
      chunks: chunks.length,
      answerBytes,
      ours: { ms: ours.medianMs, cpuMs: ours.medianCpuMs, updates: ours.last.updates },
      peer: { ms: peer.medianMs, cpuMs: peer.medianCpuMs },
      cpuRatio,
      wallRatio,
      bytes: { perChunk: perChunk.bytes, batched: batched.bytes, perChunkRatio, batchedRatio },
    },
  };
}

/** The server's body for one streamed answer, as the frames it enqueued, and its size. */
async function wireOf(
  chunks: readonly string[],
  flushMs: number | undefined,
  chunksPerMs: number | undefined,
): Promise<{ frames: Uint8Array[]; bytes: number }> {
  const { client, adapter, enqueue } = scriptedJsonStream(chunks);
  if (chunksPerMs === undefined) enqueue();
  else adapter.stream = () => paced(chunks, chunksPerMs);
  const events = client.generateStream({
    responseModel: ExtractionResult,
    model: "bench",
    prompt: "Extract every user from the CRM export.",
  });
  const frames: Uint8Array[] = [];
  const reader = toEventStream(events, flushMs === undefined ? {} : { flushMs }).getReader();
  for (let read = await reader.read(); read.done !== true; read = await reader.read()) {
    frames.push(read.value);
  }
  return { frames, bytes: frames.reduce((sum, frame) => sum + frame.byteLength, 0) };
}

/** A provider stream that sends `chunksPerMs` chunks, then waits a millisecond, and so on. */
async function* paced(
  chunks: readonly string[],
  chunksPerMs: number,
): AsyncGenerator<AdapterStreamPart> {
  for (const [i, delta] of chunks.entries()) {
    if (i > 0 && i % chunksPerMs === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    yield { type: "text-delta", delta };
  }
  yield { type: "finish", finishReason: "stop" };
}

/** A body that delivers `frames` as the network would: one read each. */
function replay(frames: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const frame = frames[i++];
      if (frame === undefined) controller.close();
      else controller.enqueue(frame);
    },
  });
}
