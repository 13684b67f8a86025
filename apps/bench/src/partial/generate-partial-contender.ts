import { ExtractionResult } from "../fixtures/extraction-schema.js";
import { scriptedJsonStream } from "../fixtures/scripted-json-stream.js";
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
    const { client, enqueue } = scriptedJsonStream(chunks);
    return async () => {
      enqueue();
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
