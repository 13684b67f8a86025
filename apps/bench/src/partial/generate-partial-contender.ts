import { type AdapterStreamPart, createInstructor, Mode } from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { ExtractionResult } from "../fixtures/extraction-schema.js";
import type { StreamContender } from "./stream-contender.js";

/**
 * Ours, end to end: `generatePartial` in JSON mode over a `MockAdapter` that streams the chunks
 * as text deltas (no network), schema validation of the final value included. It always reads
 * every chunk: `stride` only applies to re-parsing peers.
 */
export const generatePartialContender: StreamContender = {
  name: "instr generatePartial",
  reparses: false,
  prepare: (chunks) => {
    const parts: AdapterStreamPart[] = chunks.map((delta) => ({ type: "text-delta", delta }));
    parts.push({ type: "finish", finishReason: "stop" });
    const adapter = new MockAdapter({ defaultMode: Mode.JSON });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
    return async () => {
      adapter.enqueueStream(parts);
      let final: unknown;
      let updates = 0;
      const stream = client.generatePartial({
        responseModel: ExtractionResult,
        model: "bench",
        prompt: "Extract every user from the CRM export.",
      });
      for await (const snapshot of stream) {
        final = snapshot;
        updates++;
      }
      return { final, updates };
    };
  },
};
