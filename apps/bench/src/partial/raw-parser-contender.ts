import { createPartialJsonParser } from "@instr/core";
import type { StreamContender } from "./stream-contender.js";

/**
 * Our incremental parser alone (what `generatePartial` runs inside): each chunk pushed once, a
 * snapshot read after every chunk like the peers produce one, the final value from `end()`.
 */
export const rawParserContender: StreamContender = {
  name: "instr parser alone",
  reparses: false,
  prepare: (chunks) => async () => {
    const parser = createPartialJsonParser();
    let previous: unknown;
    let updates = 0;
    for (const chunk of chunks) {
      parser.push(chunk);
      const snapshot = parser.snapshot();
      // The same reference means nothing visible changed: not an update.
      if (snapshot !== previous) updates++;
      previous = snapshot;
    }
    return { final: parser.end(), updates };
  },
};
