import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { RetryConfig, RetryInfo } from "../instructor-types/instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { Usage } from "../types/usage.js";
import { createInstructor } from "./create-instructor.js";

const instructor = createInstructor({ adapter: new MockAdapter() });
const call = { model: "m", prompt: "p" };

describe("generate is typed by the response model", () => {
  it("infers nested objects, arrays, enums, unions, optional and nullable fields", () => {
    const User = z.object({
      name: z.string(),
      age: z.number(),
      role: z.enum(["admin", "user"]),
      address: z.object({ city: z.string(), zip: z.string().optional() }),
      tags: z.array(z.string()),
      contact: z.union([
        z.object({ kind: z.literal("email"), email: z.string() }),
        z.object({ kind: z.literal("phone"), phone: z.number() }),
      ]),
      nickname: z.string().nullable(),
      bio: z.string().optional(),
    });
    const user = instructor.generate({ ...call, responseModel: User });
    expectTypeOf(user).resolves.toEqualTypeOf<z.output<typeof User>>();
    expectTypeOf(user).resolves.toEqualTypeOf<{
      name: string;
      age: number;
      role: "admin" | "user";
      address: { city: string; zip?: string | undefined };
      tags: string[];
      contact: { kind: "email"; email: string } | { kind: "phone"; phone: number };
      nickname: string | null;
      bio?: string | undefined;
    }>();
  });

  it("returns the OUTPUT type of transforms and defaults", () => {
    const Model = z.object({
      length: z.string().transform((s) => s.length),
      tags: z.array(z.string()).default([]),
    });
    expectTypeOf(instructor.generate({ ...call, responseModel: Model })).resolves.toEqualTypeOf<{
      length: number;
      tags: string[];
    }>();
  });

  it("works for non-object roots", () => {
    expectTypeOf(
      instructor.generate({ ...call, responseModel: z.array(z.number()) }),
    ).resolves.toEqualTypeOf<number[]>();
    expectTypeOf(
      instructor.generate({ ...call, responseModel: z.enum(["a", "b"]) }),
    ).resolves.toEqualTypeOf<"a" | "b">();
  });

  it("types generateWithCompletion's data and the streaming methods", () => {
    const User = z.object({ name: z.string() });
    const result = instructor.generateWithCompletion({ ...call, responseModel: User });
    expectTypeOf(result).resolves.toHaveProperty("data").toEqualTypeOf<{ name: string }>();
    expectTypeOf(result).resolves.toHaveProperty("usage").toEqualTypeOf<Usage>();
    expectTypeOf(result).resolves.toHaveProperty("attempts").toEqualTypeOf<number>();
    expectTypeOf(instructor.generateIterable({ ...call, responseModel: User })).toEqualTypeOf<
      AsyncIterable<{ name: string }>
    >();
    expectTypeOf(instructor.generatePartial({ ...call, responseModel: User })).toEqualTypeOf<
      AsyncIterable<{ name?: string } | { name: string }>
    >();
  });

  it("rejects a response model that is not a Standard Schema validator", () => {
    // @ts-expect-error responseModel must be a zod schema, a Standard Schema or jsonSchema(…)
    instructor.generate({ ...call, responseModel: { name: "string" } });
  });
});

describe("per-call options", () => {
  it("takes retry: { maxRetries, onRetry } on every generate method", () => {
    const responseModel = z.object({ name: z.string() });
    const retry = { maxRetries: 1, onRetry: (info: RetryInfo) => void info.attempt };
    expectTypeOf(instructor.generate({ ...call, responseModel, retry })).resolves.toEqualTypeOf<{
      name: string;
    }>();
    expectTypeOf(instructor.generateWithCompletion)
      .parameter(0)
      .toHaveProperty("retry")
      .toEqualTypeOf<RetryConfig | undefined>();
    expectTypeOf(instructor.generateIterable({ ...call, responseModel, retry })).toEqualTypeOf<
      AsyncIterable<{ name: string }>
    >();
    expectTypeOf(instructor.generatePartial({ ...call, responseModel, retry })).toEqualTypeOf<
      AsyncIterable<{ name?: string } | { name: string }>
    >();
    // @ts-expect-error maxRetries is required in a RetryConfig
    instructor.generate({ ...call, responseModel, retry: { onRetry: () => undefined } });
    instructor.generate({
      ...call,
      responseModel,
      // @ts-expect-error onRetry is told a RetryInfo, not a string
      retry: { maxRetries: 1, onRetry: (s: string) => s },
    });
  });
});
