import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { RetryError } from "../errors/retry-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import type { AdapterRequest, AdapterResponse, ProviderAdapter } from "../types/adapter.js";

const User = z.object({ name: z.string(), age: z.number() });
const usage = { promptTokens: 3, completionTokens: 2, totalTokens: 5 };

/** Answers `{ name, age }` from a prompt "name:age"; "fail" gets an invalid answer. */
function echoAdapter(delayOf: (prompt: string) => number = () => 0): ProviderAdapter {
  return {
    specificationVersion: "v2",
    provider: "echo",
    defaultMode: "tools",
    supportedModes: ["tools"],
    inputKinds: () => ["text"],
    async complete(request: AdapterRequest): Promise<AdapterResponse> {
      const last = request.messages.at(-1);
      const prompt = last?.role === "user" && typeof last.content === "string" ? last.content : "";
      const ms = delayOf(prompt);
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      const [name, age] = prompt.split(":");
      return toolCallResponse(
        "Response",
        prompt === "fail" ? { name } : { name, age: Number(age) },
        {
          usage,
        },
      );
    },
    stream: () => {
      throw new Error("not used");
    },
  };
}

const request = (prompt: string): GenerateParams<typeof User> => ({
  responseModel: User,
  model: "m",
  prompt,
  maxRetries: 0,
});

describe("Instructor.generateBatch", () => {
  it("resolves every item in input order; a bad item is rejected alone", async () => {
    const instructor = createInstructor({
      adapter: echoAdapter((p) => (p.startsWith("a") ? 30 : 1)),
    });
    const { results, summary } = await instructor.generateBatch(
      [request("a:1"), request("b:2"), request("fail"), request("c:3")],
      { concurrency: 4 },
    );
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    expect(results[0]).toEqual({
      status: "fulfilled",
      index: 0,
      value: { name: "a", age: 1 },
      usage,
    });
    expect(results[3]).toMatchObject({ value: { name: "c", age: 3 } });
    const failed = results[2];
    expect(failed?.status === "rejected" && RetryError.isInstance(failed.error)).toBe(true);
    expect(summary).toMatchObject({ done: 4, succeeded: 3, failed: 1, rateLimited: 0 });
    // The failed item's spent tokens count too.
    expect(summary.usage.totalTokens).toBe(4 * usage.totalTokens);
  });

  it("takes an async iterable and per-item response models", async () => {
    const instructor = createInstructor({ adapter: echoAdapter() });
    const Name = z.object({ name: z.string() });
    async function* requests(): AsyncGenerator<GenerateParams<z.ZodType>> {
      yield request("a:1");
      yield { responseModel: Name, model: "m", prompt: "b:2" };
    }
    const { results } = await instructor.generateBatch(requests());
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : r.error))).toEqual([
      { name: "a", age: 1 },
      { name: "b" },
    ]);
  });

  it("re-sends a rate-limited item through the adapter", async () => {
    const adapter = echoAdapter();
    let limited = false;
    const complete = adapter.complete.bind(adapter);
    const instructor = createInstructor({
      adapter: {
        ...adapter,
        complete: async (req) => {
          if (!limited) {
            limited = true;
            throw new ProviderError("slow down", {
              provider: "echo",
              status: 429,
              isRetryable: true,
              headers: { "retry-after-ms": "20" },
            });
          }
          return complete(req);
        },
      },
    });
    const { results, summary } = await instructor.generateBatch([request("a:1")]);
    expect(results[0]).toMatchObject({ status: "fulfilled", value: { name: "a", age: 1 } });
    expect(summary.rateLimited).toBe(1);
  });

  it("keeps memory bounded over 100k lazily read items", async () => {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc !== "function") throw new Error("no gc()");
    const instructor = createInstructor({ adapter: echoAdapter() });
    const total = 100_000;
    let pulled = 0;
    let settled = 0;
    let maxAhead = 0;
    function* requests() {
      for (let i = 0; i < total; i++) {
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - settled);
        yield request(`n${i}:${i}`);
      }
    }
    const heapAt: number[] = [];
    for await (const result of instructor.generateBatchIterable(requests(), { concurrency: 32 })) {
      settled += 1;
      if (result.status !== "fulfilled") throw result.error;
      if (settled === 10_000 || settled === total) {
        gc();
        heapAt.push(process.memoryUsage().heapUsed);
      }
    }
    expect(settled).toBe(total);
    expect(maxAhead).toBeLessThanOrEqual(33);
    // 90k more items must not grow the heap: a leak of even 100 bytes per item would be 9 MB.
    expect(heapAt[1]! - heapAt[0]!).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);
});
