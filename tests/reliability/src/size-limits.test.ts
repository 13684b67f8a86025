import { createPartialJsonParser, InstructorError, Mode } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Category, MODEL, userCall } from "./support/fixtures.js";
import { expectLimitError } from "./support/limit-error.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain, rejectionOf } from "./support/outcome.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

// docs/errors.md, "Answer limits": core holds every answer, whole or streamed, to 8 MiB of JSON
// text and 512 levels of nesting, and refuses one beyond them with a JsonParseError before it is
// validated (so a recursive schema never overflows zod's stack).

const TEN_MB = 10 * 1024 * 1024;
const HUGE = JSON.stringify({ name: "x".repeat(TEN_MB), age: 1 });
const DEPTH = 100_000;
const DEEP_ARRAYS = "[".repeat(DEPTH) + "]".repeat(DEPTH);
const SIZE_LIMIT = /longer than the limit|size|too (long|large)/i;
const DEPTH_LIMIT = /deeper than the limit|depth|nest/i;

const DEEP_TREE = '{"name":"x","children":['.repeat(DEPTH) + "]}".repeat(DEPTH);

const anything = { responseModel: z.unknown(), model: MODEL, mode: Mode.JSON, prompt: "x" };
const tree = { responseModel: Category, model: MODEL, mode: Mode.JSON, prompt: "x" };

describe("the incremental parser's own limits", () => {
  it("refuses more than 8 MiB of JSON text with a JsonParseError", () => {
    const parser = createPartialJsonParser();
    const error = (() => {
      try {
        for (let i = 0; i < HUGE.length; i += 1 << 20) parser.push(HUGE.slice(i, i + (1 << 20)));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expectLimitError(error, SIZE_LIMIT);
  });

  it("refuses 100k nested arrays with a JsonParseError, without a stack overflow", () => {
    const parser = createPartialJsonParser();
    expect(() => parser.push(DEEP_ARRAYS)).toThrow(DEPTH_LIMIT);
  });
});

describe("a 10 MB answer (Cerebras SDK)", () => {
  const provider = useMockProvider("cerebras");

  it("generate: a JsonParseError naming the size limit", async () => {
    provider.server.enqueue({ type: "message", content: HUGE });
    const error = await rejectionOf(provider.instructor({ maxRetries: 0 }).generate(userCall()));
    expectLimitError(error, SIZE_LIMIT);
  });

  it("generatePartial: a JsonParseError naming the size limit", async () => {
    provider.server.enqueue({ type: "message", content: HUGE, stream: { chunkSize: 1 << 16 } });
    const { error } = await drain(
      provider.instructor({ maxRetries: 0 }).generatePartial(userCall()),
    );
    expectLimitError(error, SIZE_LIMIT);
  });
});

describe("deeply nested JSON (Cerebras SDK)", () => {
  const provider = useMockProvider("cerebras");

  it("generate, 100k nested arrays for an object schema: the depth limit, before validation", async () => {
    provider.server.enqueue({ type: "message", content: DEEP_ARRAYS });
    const error = await rejectionOf(provider.instructor({ maxRetries: 0 }).generate(userCall()));
    expectLimitError(error, DEPTH_LIMIT);
  });

  it("generatePartial, 100k nested arrays: no snapshot, a typed error, no stack overflow", async () => {
    provider.server.enqueue({ type: "message", content: DEEP_ARRAYS, stream: { chunkSize: 4096 } });
    const { yields, error } = await drain(
      provider.instructor({ maxRetries: 0 }).generatePartial(userCall()),
    );
    expect(yields).toEqual([]);
    expect(InstructorError.isInstance(error)).toBe(true);
  });

  it("generate, 100k nested arrays for z.unknown(): a depth-limit error", async () => {
    provider.server.enqueue({ type: "message", content: DEEP_ARRAYS });
    const error = await rejectionOf(provider.instructor({ maxRetries: 0 }).generate(anything));
    expectLimitError(error, DEPTH_LIMIT);
  });

  it("generate, a 100k-deep recursive schema: a depth-limit error, not a RangeError", async () => {
    provider.server.enqueue({ type: "message", content: DEEP_TREE });
    const error = await rejectionOf(provider.instructor({ maxRetries: 0 }).generate(tree));
    expectLimitError(error, DEPTH_LIMIT);
  });

  it("generatePartial, a 100k-deep recursive schema: a depth-limit error", async () => {
    provider.server.enqueue({
      type: "message",
      content: DEEP_TREE,
      stream: { chunkSize: 1 << 16 },
    });
    const { error } = await drain(provider.instructor({ maxRetries: 0 }).generatePartial(tree));
    expectLimitError(error, DEPTH_LIMIT);
  });
});
