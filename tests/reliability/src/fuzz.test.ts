import {
  createInstructor,
  createMdJsonExtractor,
  createPartialJsonParser,
  InstructorError,
  Mode,
} from "@instr/core";
import { MockAdapter, textResponse } from "@instr/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { chunked, mutated } from "./support/mutations.js";
import { drain } from "./support/outcome.js";

// Random byte mutations and truncations of valid answers must end in a value that passes the
// schema or in one of instr's typed errors: never a TypeError, a RangeError or a hang.

const Profile = z.object({
  name: z.string(),
  age: z.number(),
  tags: z.array(z.string()),
  address: z.object({ city: z.string(), zip: z.string().nullable() }),
});
const VALUE = {
  name: 'Zoë "Z" Ångström 🚀',
  age: -12.5e2,
  tags: ["a\\b", "line\nbreak", "\u0000ctl", "€"],
  address: { city: "Köln", zip: null },
};
const JSON_TEXT = JSON.stringify(VALUE, null, 1);
const MD_TEXT = `<think>Let me think: {"name": 1}</think>\nSure!\n\`\`\`json\n${JSON_TEXT}\n\`\`\`\nDone.`;
const RUNS = 200;

/** What a step threw, or `undefined`; anything thrown must be a typed instr error. */
function thrownBy(step: () => void): unknown {
  try {
    step();
    return undefined;
  } catch (error) {
    return error;
  }
}

function expectTyped(error: unknown): void {
  if (error !== undefined && !InstructorError.isInstance(error)) throw error;
}

/** The parser's verdict on `chunks`: the final value, or the typed error it threw. */
function parseIncrementally(chunks: readonly string[]): { value?: unknown; error?: unknown } {
  const parser = createPartialJsonParser();
  for (const chunk of chunks) {
    const error = thrownBy(() => parser.push(chunk)) ?? thrownBy(() => parser.snapshot());
    expectTyped(error);
    if (error !== undefined) return { error };
  }
  let value: unknown;
  const error = thrownBy(() => {
    value = parser.end();
  });
  expectTyped(error);
  return error === undefined ? { value } : { error };
}

describe("fuzz: the incremental JSON parser", () => {
  it("agrees with JSON.parse on mutated answers, in any chunking, with typed errors only", () => {
    const texts = fc.oneof(mutated(JSON_TEXT), fc.constant(JSON_TEXT));
    const cases = texts.chain((text) => chunked(text).map((chunks) => ({ text, chunks })));
    fc.assert(
      fc.property(cases, ({ text, chunks }) => {
        const outcome = parseIncrementally(chunks);
        let expected: unknown;
        const invalid = thrownBy(() => {
          expected = JSON.parse(text);
        });
        if (invalid === undefined) expect(outcome).toEqual({ value: expected });
        else expect(InstructorError.isInstance(outcome.error)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe("fuzz: the streaming MD_JSON extractor", () => {
  it("never throws on mutated markdown answers, in any chunking", () => {
    const cases = mutated(MD_TEXT, 6).chain(chunked);
    fc.assert(
      fc.property(cases, (chunks) => {
        const extractor = createMdJsonExtractor();
        let json = "";
        for (const chunk of chunks) json += extractor.push(chunk);
        json += extractor.end();
        expect(typeof json).toBe("string");
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

/** How one call ended: the value, or the name of the typed error. */
type Outcome = { value: unknown } | { error: string };

function outcomeOf(error: unknown, value: unknown): Outcome {
  expectTyped(error);
  return error === undefined ? { value } : { error: (error as Error).name };
}

describe.each([
  ["JSON", Mode.JSON, JSON_TEXT],
  ["MD_JSON", Mode.MD_JSON, MD_TEXT],
] as const)("fuzz: %s answers through generate and generatePartial", (_, mode, answer) => {
  const params = { responseModel: Profile, model: "m", mode, prompt: "p", maxRetries: 0 };

  async function generate(text: string): Promise<Outcome> {
    const instructor = createInstructor({
      adapter: new MockAdapter({ responses: [textResponse(text)] }),
    });
    return instructor.generate(params).then(
      (value) => outcomeOf(undefined, value),
      (error: unknown) => outcomeOf(error, undefined),
    );
  }

  async function generatePartial(chunks: readonly string[]): Promise<Outcome> {
    const adapter = new MockAdapter();
    adapter.enqueueStream([
      ...chunks.map((delta) => ({ type: "text-delta" as const, delta })),
      { type: "finish", finishReason: "stop" },
    ]);
    const { yields, error } = await drain(createInstructor({ adapter }).generatePartial(params));
    return outcomeOf(error, yields.at(-1));
  }

  it("generate gives a valid Profile or a typed error; generatePartial, in any chunking, the same", async () => {
    const seen = { value: 0, error: 0 };
    const cases = mutated(answer).chain((text) =>
      chunked(text).map((chunks) => ({ text, chunks })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ text, chunks }) => {
        const whole = await generate(text);
        if ("value" in whole) expect(Profile.safeParse(whole.value).success).toBe(true);
        seen["value" in whole ? "value" : "error"] += 1;
        expect(await generatePartial(chunks)).toEqual(whole);
      }),
      { numRuns: RUNS },
    );
    // The mutations must exercise both paths, or the property proves little.
    expect(seen.value).toBeGreaterThan(0);
    expect(seen.error).toBeGreaterThan(0);
  });
});
