import { Mode } from "@instr/core";
import type { AdapterRequest } from "@instr/core/adapter";
import { scriptedJsonStream } from "../fixtures/scripted-json-stream.js";
import type { StreamContender } from "./stream-contender.js";

/**
 * The floor `generatePartial` is measured against: the same scripted provider stream consumed
 * with no parsing at all (the text deltas concatenated) and one `JSON.parse` at the end. What
 * is left between the two is the cost of the partial values.
 */
export const noParseFloorContender: StreamContender = {
  name: "no-parse floor",
  reparses: false,
  floor: true,
  prepare: (chunks) => {
    const { adapter, enqueue } = scriptedJsonStream(chunks);
    const request: AdapterRequest = {
      model: "bench",
      mode: Mode.JSON,
      messages: [{ role: "user", content: "Extract every user from the CRM export." }],
      schema: { name: "Response", jsonSchema: {} },
    };
    return async () => {
      enqueue();
      let text = "";
      let updates = 0;
      for await (const part of adapter.stream(request)) {
        if (part.type !== "text-delta") continue;
        text += part.delta;
        updates++;
      }
      return { final: JSON.parse(text), updates };
    };
  },
};
