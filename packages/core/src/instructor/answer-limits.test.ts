import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { RetryError } from "../errors/retry-error.js";
import type { Instructor } from "../instructor-types/instructor.js";
import { textParts } from "../stream/stream-parts.fixture.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { textResponse } from "../testing/mock-responses.js";
import { Mode } from "../types/mode.js";
import { createInstructor } from "./create-instructor.js";

// Any JSON object (an object root, so nothing is wrapped: the texts below are the whole answer).
const anything = { responseModel: z.looseObject({}), model: "m", prompt: "p", mode: Mode.JSON };

/** What `iterable` yields, and the error that ends it (`undefined` when it completes). */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{ yields: T[]; error: unknown }> {
  const yields: T[] = [];
  const reading = async () => {
    for await (const value of iterable) yields.push(value);
  };
  const error = await reading().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  return { yields, error };
}

/** The JsonParseError that ended a call with no re-asks (the cause of its RetryError). */
function limitError(error: unknown): JsonParseError {
  if (!RetryError.isInstance(error) || !JsonParseError.isInstance(error.cause)) throw error;
  return error.cause;
}

/** The limit error a call rejected with; throws when it resolved instead. */
function refusal(call: Promise<unknown>): Promise<JsonParseError> {
  return call.then((value) => {
    throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
  }, limitError);
}

/** Runs `generate` once (no re-asks) on the scripted answer `text`. */
function generateOnce(instructor: (adapter: MockAdapter) => Instructor, text: string) {
  const adapter = new MockAdapter({ responses: [textResponse(text)] });
  return instructor(adapter).with({ maxRetries: 0 }).generate(anything);
}

describe("answer limits of generate", () => {
  it("accepts an answer exactly at the configured limits and refuses one past them", async () => {
    const limited = (adapter: MockAdapter) =>
      createInstructor({ adapter }).with({ limits: { maxDepth: 3, maxLength: 13 } });
    await expect(generateOnce(limited, '{"a":[[1]]}  ')).resolves.toEqual({ a: [[1]] });
    const deep = await refusal(generateOnce(limited, '{"a":[[[1]]]}'));
    expect(deep.message).toMatch(/^The JSON nesting at position 7 is deeper than the limit of 3 /);
    const long = await refusal(generateOnce(limited, '{"a":[[1]]}   '));
    expect(long.message).toMatch(/^The JSON text is longer than the limit of 13 characters/);
  });

  it("layers limits one by one through with(), leaving the original instructor as it was", async () => {
    const base = (adapter: MockAdapter) => createInstructor({ adapter, limits: { maxLength: 12 } });
    const layered = (adapter: MockAdapter) =>
      base(adapter)
        .with({ limits: { maxDepth: 1 } })
        .with({ limits: { maxDepth: undefined } });
    expect((await refusal(generateOnce(layered, '{"a":[1]}'))).message).toMatch(/deeper/);
    expect((await refusal(generateOnce(layered, '{"a":1,"b":22}'))).message).toMatch(/longer/);
    await expect(generateOnce(base, '{"a":[1]}')).resolves.toEqual({ a: [1] });
  });

  it("can be raised above the defaults", async () => {
    const text = `{"a":${"[".repeat(599)}${"]".repeat(599)}}`;
    const raised = (adapter: MockAdapter) =>
      createInstructor({ adapter }).with({ limits: { maxDepth: 600 } });
    const plain = (adapter: MockAdapter) => createInstructor({ adapter });
    expect(JSON.stringify(await generateOnce(raised, text))).toBe(text);
    expect((await refusal(generateOnce(plain, text))).message).toMatch(/limit of 512/);
  });
});

describe("answer limits of the streaming methods", () => {
  it("generatePartial: the stream parser stops at the configured depth", async () => {
    const adapter = new MockAdapter().enqueueStream(textParts('{"a":{"b":{"c":1}}}', { size: 1 }));
    const instructor = createInstructor({ adapter, maxRetries: 0, limits: { maxDepth: 2 } });
    const { yields, error } = await drain(instructor.generatePartial(anything));
    expect(limitError(error).message).toMatch(/deeper than the limit of 2 levels/);
    expect(yields.length).toBeGreaterThan(0);
    for (const snapshot of yields) expect(JSON.stringify(snapshot)).not.toContain('"b"');
  });

  it("generateIterable: no element beyond the configured depth is yielded", async () => {
    const json = '{"items":[{"name":"a"},{"name":"b","x":[[1]]}]}';
    const adapter = new MockAdapter().enqueueStream(textParts(json, { size: 4 }));
    const instructor = createInstructor({ adapter, maxRetries: 0 }).with({
      limits: { maxDepth: 3 },
    });
    const Item = z.object({ name: z.string() });
    const { yields, error } = await drain(
      instructor.generateIterable({ ...anything, responseModel: Item }),
    );
    expect(yields).toEqual([{ name: "a" }]);
    expect(limitError(error).message).toMatch(/deeper than the limit of 3 levels/);
  });
});

describe("invalid limits", () => {
  it.each([{ maxDepth: 0 }, { maxLength: -1 }, { maxDepth: 1.5 }, { maxLength: Number.NaN }])(
    "%o: every method rejects with an InstructorError before any request",
    async (limits) => {
      const adapter = new MockAdapter();
      const instructors = [
        createInstructor({ adapter, limits }),
        createInstructor({ adapter }).with({ limits }),
      ];
      for (const instructor of instructors) {
        const calls: Promise<unknown>[] = [
          instructor.generate(anything),
          drain(instructor.generatePartial(anything)).then(({ error }) => Promise.reject(error)),
          drain(instructor.generateIterable(anything)).then(({ error }) => Promise.reject(error)),
        ];
        for (const call of calls) {
          await expect(call).rejects.toSatisfy(
            (e: unknown) =>
              InstructorError.isInstance(e) && /must be an integer >= 1/.test(e.message),
          );
        }
      }
      expect(adapter.requests).toHaveLength(0);
    },
  );
});
