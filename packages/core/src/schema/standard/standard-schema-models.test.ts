import { toStandardJsonSchema, toJsonSchema as valibotToJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as zm from "zod/mini";
import { InstructorError } from "../../errors/instructor-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import { createInstructor } from "../../instructor/create-instructor.js";
import type { RetryInfo } from "../../instructor-types/instructor.js";
import { toolParts } from "../../stream/stream-parts.fixture.js";
import { MockAdapter } from "../../testing/mock-adapter.js";
import { toolCallResponse } from "../../testing/mock-responses.js";
import type { ResponseModel } from "../../types/response-model.js";

// Response models from other Standard Schema libraries, through every method: their JSON Schema
// from `~standard.jsonSchema` (or the `toJsonSchema` option), their own validation and issues.

const call = { model: "m", prompt: "p" };

const libraries = {
  "zod/mini": {
    User: zm.object({ name: zm.string(), age: zm.number().check(zm.minimum(0)) }),
    Label: zm.enum(["spam", "ham"]),
  },
  "valibot (toStandardJsonSchema)": {
    User: toStandardJsonSchema(
      v.object({ name: v.string(), age: v.pipe(v.number(), v.minValue(0)) }),
    ),
    Label: toStandardJsonSchema(v.picklist(["spam", "ham"])),
  },
  arktype: {
    User: type({ name: "string", age: "number >= 0" }),
    Label: type("'spam' | 'ham'"),
  },
};

async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

describe.each(Object.entries(libraries))("%s response models", (_, { User, Label }) => {
  it("generate: an object model, its JSON Schema sent as the tool's parameters", async () => {
    const adapter = new MockAdapter().enqueueResponse(
      toolCallResponse("Response", { name: "Ann", age: 3 }),
    );
    await expect(
      createInstructor({ adapter }).generate({ ...call, responseModel: User }),
    ).resolves.toEqual({
      name: "Ann",
      age: 3,
    });
    const sent = adapter.requests[0]?.schema.jsonSchema;
    expect(sent).toMatchObject({
      type: "object",
      properties: { name: { type: "string" }, age: { type: "number" } },
    });
    expect(sent?.required).toEqual(expect.arrayContaining(["name", "age"]));
    expect(sent).not.toHaveProperty("$schema");
  });

  it("generate: an enum root, wrapped and unwrapped", async () => {
    const adapter = new MockAdapter().enqueueResponse(
      toolCallResponse("Response", { value: "ham" }),
    );
    await expect(
      createInstructor({ adapter }).generate({ ...call, responseModel: Label }),
    ).resolves.toBe("ham");
    expect(adapter.requests[0]?.schema.jsonSchema).toMatchObject({ required: ["value"] });
  });

  it("re-asks with the library's own issues at the user's paths", async () => {
    const adapter = new MockAdapter()
      .enqueueResponse(toolCallResponse("Response", { name: "Ann", age: -1 }))
      .enqueueResponse(toolCallResponse("Response", { name: "Ann", age: 1 }));
    const infos: RetryInfo[] = [];
    const value = await createInstructor({ adapter }).generate({
      ...call,
      responseModel: User,
      retry: { maxRetries: 1, onRetry: (info) => void infos.push(info) },
    });
    expect(value).toEqual({ name: "Ann", age: 1 });
    const error = infos[0]?.error;
    if (!ValidationError.isInstance(error)) throw new Error("expected a ValidationError");
    expect(error.issues.map((issue) => issue.path)).toEqual([["age"]]);
    const reask = adapter.requests[1]?.messages.at(-1)?.content ?? "";
    expect(reask).toContain(`- age: ${error.issues[0]?.message}`);
  });

  it("generatePartial: snapshots grow, the last yield is the validated value", async () => {
    const json = JSON.stringify({ name: "Annabel Lee", age: 42 });
    const adapter = new MockAdapter().enqueueStream(toolParts("Response", json, { size: 2 }));
    const yields = await collect(
      createInstructor({ adapter }).generatePartial({ ...call, responseModel: User }),
    );
    expect(yields.length).toBeGreaterThan(3);
    expect(yields.at(-1)).toEqual({ name: "Annabel Lee", age: 42 });
    expect(yields.some((y) => y.name !== undefined && y.name.length < 11)).toBe(true);
  });

  it("generateIterable: each element validated by the library as it arrives", async () => {
    const json = JSON.stringify({
      items: [
        { name: "A", age: 1 },
        { name: "B", age: -2 },
      ],
    });
    const fixed = JSON.stringify({
      items: [
        { name: "A", age: 1 },
        { name: "B", age: 2 },
      ],
    });
    const adapter = new MockAdapter()
      .enqueueStream(toolParts("Response", json))
      .enqueueStream(toolParts("Response", fixed));
    const items = await collect(
      createInstructor({ adapter }).generateIterable({ ...call, responseModel: User }),
    );
    expect(items).toEqual([
      { name: "A", age: 1 },
      { name: "B", age: 2 },
    ]);
    // The re-ask names the element's path inside the wrapper generateIterable asks for.
    expect(adapter.requests[1]?.messages.at(-1)?.content).toMatch(/^- items\[1\]\.age: /m);
  });
});

describe("a Standard Schema validator without a JSON Schema of its own", () => {
  const Plain = v.object({ name: v.string() });

  it("fails before any request with an error that names the fix", async () => {
    const adapter = new MockAdapter();
    const error = await createInstructor({ adapter })
      .generate({ ...call, responseModel: Plain })
      .catch((e: unknown) => e);
    if (!InstructorError.isInstance(error)) throw error;
    expect(error.message).toMatch(/a "valibot" Standard Schema\) gives no JSON Schema/);
    expect(error.message).toMatch(/`toJsonSchema` option/);
    expect(error.message).toMatch(/toStandardJsonSchema/);
    expect(adapter.requests).toHaveLength(0);
  });

  it("works with a converter given per call, typed by the response model", async () => {
    const adapter = new MockAdapter().enqueueResponse(
      toolCallResponse("Response", { name: "Ann" }),
    );
    const value = await createInstructor({ adapter }).generate({
      ...call,
      responseModel: v.object({ name: v.string() }),
      toJsonSchema: (schema) => valibotToJsonSchema(schema),
    });
    expectTypeOf(value).toEqualTypeOf<{ name: string }>();
    expect(value).toEqual({ name: "Ann" });
    expect(adapter.requests[0]?.schema.jsonSchema).not.toHaveProperty("$schema");
  });

  it("works with the instructor's converter, in the streams too", async () => {
    const adapter = new MockAdapter().enqueueStream(
      toolParts("Response", '{"items":[{"name":"A"}]}'),
    );
    const isValibot = (schema: ResponseModel): schema is v.GenericSchema =>
      schema["~standard"].vendor === "valibot";
    const client = createInstructor({
      adapter,
      toJsonSchema: (schema) => {
        if (!isValibot(schema)) throw new Error("only valibot here");
        return valibotToJsonSchema(schema);
      },
    });
    await expect(
      collect(client.generateIterable({ ...call, responseModel: Plain })),
    ).resolves.toEqual([{ name: "A" }]);
  });

  it("rejects a value that is no validator at all", async () => {
    const adapter = new MockAdapter();
    await expect(
      // @ts-expect-error a plain object is no response model
      createInstructor({ adapter }).generate({ ...call, responseModel: { parse: () => 1 } }),
    ).rejects.toThrow(
      /responseModel must be a zod schema, a Standard Schema validator or jsonSchema/,
    );
    expect(adapter.requests).toHaveLength(0);
  });
});

describe("types infer from the Standard Schema output", () => {
  const client = createInstructor({ adapter: new MockAdapter() });
  type User = { name: string; age: number };

  it("for zod/mini, valibot and arktype: generate, the streams, enum roots", () => {
    // Read off the methods' signatures, without calling them.
    type Mini = (typeof libraries)["zod/mini"];
    type Valibot = (typeof libraries)["valibot (toStandardJsonSchema)"];
    type Ark = (typeof libraries)["arktype"];
    expectTypeOf<ReturnType<typeof client.generate<Mini["User"]>>>().toEqualTypeOf<Promise<User>>();
    expectTypeOf<ReturnType<typeof client.generate<Valibot["User"]>>>().toEqualTypeOf<
      Promise<User>
    >();
    expectTypeOf<ReturnType<typeof client.generate<Ark["User"]>>>().toEqualTypeOf<Promise<User>>();
    expectTypeOf<ReturnType<typeof client.generate<Mini["Label"]>>>().toEqualTypeOf<
      Promise<"spam" | "ham">
    >();
    expectTypeOf<ReturnType<typeof client.generate<Valibot["Label"]>>>().toEqualTypeOf<
      Promise<"spam" | "ham">
    >();
    expectTypeOf<ReturnType<typeof client.generate<Ark["Label"]>>>().toEqualTypeOf<
      Promise<"spam" | "ham">
    >();
    expectTypeOf<ReturnType<typeof client.generateIterable<Ark["User"]>>>().toEqualTypeOf<
      AsyncIterable<User>
    >();
    expectTypeOf<ReturnType<typeof client.generateIterable<Valibot["User"]>>>().toEqualTypeOf<
      AsyncIterable<User>
    >();
    expectTypeOf<ReturnType<typeof client.generatePartial<Ark["User"]>>>().toEqualTypeOf<
      AsyncIterable<{ name?: string; age?: number } | User>
    >();
    expectTypeOf<ReturnType<typeof client.generatePartial<Mini["User"]>>>().toEqualTypeOf<
      AsyncIterable<{ name?: string; age?: number } | User>
    >();
  });
});
