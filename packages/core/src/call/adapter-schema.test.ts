import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import { modelSpecOf } from "../schema/model/model-spec-of.js";
import { toJsonSchema } from "../schema/to-json-schema.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { JsonSchema } from "../types/json-schema.js";
import { Mode } from "../types/mode.js";
import { adapterSchema } from "./adapter-schema.js";

const User = z.object({ name: z.string() }).meta({ title: "User", description: "A person" });

describe("adapterSchema", () => {
  it("names and describes the schema and leaves it as converted without transformSchema", () => {
    expect(adapterSchema(new MockAdapter(), modelSpecOf(User), Mode.TOOLS)).toEqual({
      name: "User",
      description: "A person",
      jsonSchema: toJsonSchema(User),
    });
  });

  it("hands transformSchema a mutable copy and the mode, and uses its result", () => {
    const seen: Mode[] = [];
    const adapter = new MockAdapter({
      transformSchema: (schema: JsonSchema, mode) => {
        seen.push(mode);
        schema.additionalProperties = false;
        return schema;
      },
    });
    const { jsonSchema } = adapterSchema(adapter, modelSpecOf(User), Mode.JSON_SCHEMA);
    expect(seen).toEqual(["json_schema"]);
    expect(jsonSchema.additionalProperties).toBe(false);
    expect(toJsonSchema(User)).not.toHaveProperty("additionalProperties");
  });

  it("wraps a plain throw in UnsupportedModeError and keeps it as cause", () => {
    const reason = new Error("tuples are not supported");
    const adapter = new MockAdapter({
      provider: "acme",
      transformSchema: () => {
        throw reason;
      },
    });
    let error: unknown;
    try {
      adapterSchema(adapter, modelSpecOf(User), Mode.TOOLS);
    } catch (e) {
      error = e;
    }
    if (!UnsupportedModeError.isInstance(error)) throw error;
    expect(error.message).toBe(
      'The acme adapter cannot express this response model in mode "tools": tuples are not supported',
    );
    expect(error.cause).toBe(reason);
    expect(error.provider).toBe("acme");
  });

  it("rethrows a typed instr error unchanged", () => {
    const typed = new ProviderError("no", { provider: "acme", isRetryable: false });
    const adapter = new MockAdapter({
      transformSchema: () => {
        throw typed;
      },
    });
    expect(() => adapterSchema(adapter, modelSpecOf(User), Mode.TOOLS)).toThrow(typed);
  });

  it("builds once per adapter, response model and mode, and hands out a frozen result", () => {
    let runs = 0;
    const transformSchema = (schema: JsonSchema) => {
      runs++;
      schema.additionalProperties = false;
      return schema;
    };
    const adapter = new MockAdapter({ transformSchema });
    const first = adapterSchema(adapter, modelSpecOf(User), Mode.JSON_SCHEMA);
    expect(adapterSchema(adapter, modelSpecOf(User), Mode.JSON_SCHEMA)).toBe(first);
    expect(runs).toBe(1);
    // Another mode, another response model or another adapter is its own entry.
    expect(adapterSchema(adapter, modelSpecOf(User), Mode.TOOLS)).not.toBe(first);
    const Other = z.object({ name: z.string() });
    expect(adapterSchema(adapter, modelSpecOf(Other), Mode.JSON_SCHEMA)).not.toBe(first);
    expect(
      adapterSchema(new MockAdapter({ transformSchema }), modelSpecOf(User), Mode.JSON_SCHEMA),
    ).toEqual(first);
    expect(runs).toBe(4);
    // No caller can change what the next call sends.
    expect(() => {
      first.jsonSchema.additionalProperties = true;
    }).toThrow(TypeError);
    expect(() => {
      first.name = "Changed";
    }).toThrow(TypeError);
    expect(Object.isFrozen(first.jsonSchema.properties)).toBe(true);
    expect(adapterSchema(adapter, modelSpecOf(User), Mode.JSON_SCHEMA)).toEqual({
      name: "User",
      description: "A person",
      jsonSchema: { ...toJsonSchema(User), additionalProperties: false },
    });
  });

  it("does not cache a failure: each call runs transformSchema again and throws afresh", () => {
    let runs = 0;
    const adapter = new MockAdapter({
      transformSchema: () => {
        runs++;
        throw new Error(`refused #${runs}`);
      },
    });
    expect(() => adapterSchema(adapter, modelSpecOf(User), Mode.TOOLS)).toThrow(/refused #1/);
    expect(() => adapterSchema(adapter, modelSpecOf(User), Mode.TOOLS)).toThrow(/refused #2/);
    expect(runs).toBe(2);
  });
});
