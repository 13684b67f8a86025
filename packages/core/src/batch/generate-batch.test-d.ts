import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { BatchItemResult, BatchResult } from "../instructor-types/batch.js";
import type { Instructor } from "../instructor-types/instructor.js";

declare const instructor: Instructor;
const User = z.object({ name: z.string() });

describe("generateBatch types", () => {
  it("types each value with the response model's output", () => {
    const result = instructor.generateBatch([{ responseModel: User, model: "m", prompt: "x" }]);
    expectTypeOf(result).resolves.toEqualTypeOf<BatchResult<{ name: string }>>();
    const first = (null as unknown as BatchResult<{ name: string }>).results[0]!;
    if (first.status === "fulfilled") expectTypeOf(first.value).toEqualTypeOf<{ name: string }>();
    else expectTypeOf(first.error).toBeUnknown();
  });

  it("yields typed results from the iterable form", () => {
    const iterable = instructor.generateBatchIterable([
      { responseModel: User, model: "m", prompt: "x" },
    ]);
    expectTypeOf(iterable).toEqualTypeOf<AsyncIterable<BatchItemResult<{ name: string }>>>();
  });
});
