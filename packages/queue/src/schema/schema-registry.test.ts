import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SchemaVersionError } from "../errors/schema-version-error.js";
import { defineSchema } from "./extraction-schema.js";
import { createSchemaRegistry } from "./schema-registry.js";

const v1 = defineSchema("person", z.object({ name: z.string() }));
const v2 = defineSchema("person", z.object({ name: z.string(), age: z.number() }));

describe("defineSchema", () => {
  it("versions a schema by the content of its JSON Schema", () => {
    expect(defineSchema("person", z.object({ name: z.string() })).hash).toBe(v1.hash);
    expect(v2.hash).not.toBe(v1.hash);
    expect(v1.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("rejects names that cannot be part of a job id", () => {
    expect(() => defineSchema("a:b", z.string())).toThrow(/invalid/);
  });
});

describe("createSchemaRegistry", () => {
  it("resolves a matching name and hash", () => {
    expect(createSchemaRegistry([v1]).resolve({ name: "person", hash: v1.hash })).toBe(v1);
  });

  it("refuses another version with a SchemaVersionError naming both hashes", () => {
    const error = (() => {
      try {
        createSchemaRegistry([v2]).resolve(v1);
      } catch (e) {
        return e;
      }
    })();
    expect(SchemaVersionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      schemaName: "person",
      expectedHash: v1.hash,
      actualHash: v2.hash,
    });
    expect(String(error)).toContain("version mismatch");
  });

  it("refuses an unknown name", () => {
    expect(() => createSchemaRegistry([v1]).resolve({ name: "invoice", hash: "x" })).toThrow(
      /no schema named "invoice"/,
    );
  });

  it("rejects two schemas with one name", () => {
    expect(() => createSchemaRegistry([v1, v2])).toThrow(/registered twice/);
  });
});
