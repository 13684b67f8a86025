import { describe, expect, it } from "vitest";
import { z } from "zod";
import { schemaDescription, schemaName } from "./schema-identity.js";

describe("schemaName and schemaDescription", () => {
  it("defaults to Response without metadata", () => {
    expect(schemaName(z.object({}))).toBe("Response");
    expect(schemaDescription(z.object({}))).toBeUndefined();
  });

  it("takes the id, then the title, sanitised for tool names", () => {
    expect(schemaName(z.object({}).meta({ id: "user_v2", title: "User" }))).toBe("user_v2");
    expect(schemaName(z.object({}).meta({ title: "User profile (v2)" }))).toBe("User_profile__v2_");
    expect(schemaName(z.object({}).meta({ title: "x".repeat(80) }))).toHaveLength(64);
    expect(schemaName(z.object({}).meta({ title: "???" }))).toBe("Response");
  });

  it("reads the description from describe() and meta()", () => {
    expect(schemaDescription(z.object({}).describe("A user"))).toBe("A user");
    expect(schemaDescription(z.object({}).meta({ description: "From meta" }))).toBe("From meta");
  });
});
