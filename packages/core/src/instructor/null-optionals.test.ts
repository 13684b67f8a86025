import { describe, expect, it } from "vitest";
import { z } from "zod";
import { closedDialect } from "../schema/strict/strict-dialects.fixture.js";
import { toStrictJsonSchema } from "../schema/strict/to-strict-json-schema.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { Mode } from "../types/mode.js";
import { createInstructor } from "./create-instructor.js";

const User = z.object({
  name: z.string(),
  nick: z.string().optional(),
  note: z.string().nullable(),
  role: z.enum(["admin", "user"]).default("user"),
  address: z.object({ city: z.string(), zip: z.string().optional() }).optional(),
});
// What a strict dialect's model sends: every optional property present, null when absent.
const address = { city: "Paris", zip: null };
const answer = { name: "Ada", nick: null, note: null, role: null, address };
const expected = { name: "Ada", note: null, role: "user", address: { city: "Paris" } };
const params = { responseModel: User, model: "m", prompt: "Extract: Ada from Paris" };

describe("a strict dialect's null for an optional property", () => {
  it("comes back absent (or as the default) from an adapter with a strict transformSchema", async () => {
    const adapter = new MockAdapter({
      transformSchema: (schema, mode) =>
        toStrictJsonSchema(schema, closedDialect, { mode, supportedModes: Object.values(Mode) }),
      responses: [toolCallResponse("Response", answer)],
    });
    const user = await createInstructor({ adapter }).generate(params);
    expect(user).toEqual(expected);
    expect(user).not.toHaveProperty("nick");
    expect(adapter.requests[0]?.schema.jsonSchema.required).toEqual([
      "name",
      "nick",
      "note",
      "role",
      "address",
    ]);
    expect(adapter.requests).toHaveLength(1);
  });

  it("does so for any adapter, and a nullable property keeps its null", async () => {
    const adapter = new MockAdapter({ responses: [toolCallResponse("Response", answer)] });
    const { data, attempts } = await createInstructor({ adapter }).generateWithCompletion(params);
    expect(data).toEqual(expected);
    expect(attempts).toBe(1);
  });

  it("still re-asks for a null where the schema requires a value", async () => {
    const adapter = new MockAdapter({
      responses: [
        toolCallResponse("Response", { ...answer, name: null }),
        toolCallResponse("Response", answer),
      ],
    });
    const { data, attempts } = await createInstructor({ adapter }).generateWithCompletion(params);
    expect(data).toEqual(expected);
    expect(attempts).toBe(2);
  });
});
