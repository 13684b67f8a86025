import { describe, expect, expectTypeOf, it } from "vitest";
import { InstructorError } from "../errors/instructor-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { jsonSchema } from "./json-schema-model.js";

const person = {
  title: "Person",
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer", minimum: 0 } },
  required: ["name"],
};
type Person = { name: string; age?: number };
const call = { model: "m", prompt: "p" };

describe("jsonSchema", () => {
  it("is a response model validated by the JSON Schema, typed by the type argument", async () => {
    const adapter = new MockAdapter().enqueueResponse(
      toolCallResponse("Person", { name: "Ann", age: 3 }),
    );
    const value = await createInstructor({ adapter }).generate({
      ...call,
      responseModel: jsonSchema<Person>(person),
    });
    expectTypeOf(value).toEqualTypeOf<Person>();
    expect(value).toEqual({ name: "Ann", age: 3 });
    expect(adapter.requests[0]?.schema).toMatchObject({
      name: "Person",
      jsonSchema: { type: "object", required: ["name"] },
    });
  });

  it("is typed unknown without a type argument", () => {
    const client = createInstructor({ adapter: new MockAdapter() });
    expectTypeOf<ReturnType<typeof client.generate<ReturnType<typeof jsonSchema>>>>().toEqualTypeOf<
      Promise<unknown>
    >();
  });

  it("re-asks a value the JSON Schema rejects, naming the path", async () => {
    const adapter = new MockAdapter()
      .enqueueResponse(toolCallResponse("Person", { name: "Ann", age: -1 }))
      .enqueueResponse(toolCallResponse("Person", { age: 2 }));
    const error = await createInstructor({ adapter, maxRetries: 1 })
      .generate({ ...call, responseModel: jsonSchema(person) })
      .catch((e: unknown) => e);
    if (!RetryError.isInstance(error)) throw error;
    const [first, second] = error.attempts.map((attempt) => attempt.error);
    if (!ValidationError.isInstance(first) || !ValidationError.isInstance(second)) throw error;
    expect(first.issues.map((issue) => issue.path)).toEqual([["age"]]);
    expect(second.issues.map((issue) => issue.path)).toEqual([["name"]]);
  });

  it("wraps a non-object root like any other response model", async () => {
    const adapter = new MockAdapter().enqueueResponse(
      toolCallResponse("Response", { value: ["a", "b"] }),
    );
    const tags = await createInstructor({ adapter }).generate({
      ...call,
      responseModel: jsonSchema<string[]>({ type: "array", items: { type: "string" } }),
    });
    expect(tags).toEqual(["a", "b"]);
  });

  it("refuses what is not a JSON Schema object, with an InstructorError", () => {
    // @ts-expect-error a JSON Schema is an object
    expect(() => jsonSchema("string")).toThrow(InstructorError);
    expect(() => jsonSchema({ type: "object", properties: { a: { $ref: "#/nowhere" } } })).toThrow(
      /cannot be used as a response model/,
    );
  });
});
