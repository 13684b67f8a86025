import { describe, expect, it } from "vitest";
import { deepFreeze } from "../schema/deep-freeze.js";
import type { AdapterSchema } from "../types/adapter.js";
import { jsonMode } from "./json-mode.js";
import type { ModeHandler } from "./mode-handler.js";
import { modeInstruction } from "./mode-instruction.js";

/** `jsonMode` with its instruction calls counted. */
function countingHandler(): { handler: ModeHandler; calls: () => number } {
  let calls = 0;
  const handler: ModeHandler = {
    ...jsonMode,
    instruction: (schema) => {
      calls++;
      return jsonMode.instruction(schema);
    },
  };
  return { handler, calls: () => calls };
}

const schemaOf = (name: string): AdapterSchema => ({
  name,
  jsonSchema: { type: "object", properties: { name: { type: "string" } } },
});

describe("modeInstruction", () => {
  it("builds the instruction once per frozen schema and handler", () => {
    const { handler, calls } = countingHandler();
    const schema = deepFreeze(schemaOf("User"));
    const first = modeInstruction(handler, schema);
    expect(first).toBe(jsonMode.instruction(schema));
    expect(modeInstruction(handler, schema)).toBe(first);
    expect(calls()).toBe(1);
    const other = deepFreeze(schemaOf("Other"));
    expect(modeInstruction(handler, other)).toContain('"Other"');
    expect(calls()).toBe(2);
  });

  it("keeps the instructions of different handlers for one schema apart", () => {
    const schema = deepFreeze(schemaOf("User"));
    const { handler } = countingHandler();
    const plain: ModeHandler = { ...jsonMode, instruction: (s) => `plain ${s.name}` };
    expect(modeInstruction(handler, schema)).toContain("JSON Schema");
    expect(modeInstruction(plain, schema)).toBe("plain User");
  });

  it("rebuilds it for a schema that is not frozen (it could change between calls)", () => {
    const { handler, calls } = countingHandler();
    const schema = schemaOf("User");
    modeInstruction(handler, schema);
    schema.name = "Renamed";
    expect(modeInstruction(handler, schema)).toContain('"Renamed"');
    expect(calls()).toBe(2);
  });
});
