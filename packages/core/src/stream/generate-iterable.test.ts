import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import { createGate } from "./gate.fixture.js";
import { streamingAdapter, textParts, toolParts } from "./stream-parts.fixture.js";

const Person = z.object({ name: z.string().transform((n) => n.trim()), age: z.number() });
const base = { responseModel: Person, model: "m", prompt: "people" };
const items = (...people: object[]) => JSON.stringify({ items: people });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

function partsFor(mode: Mode, json: string): AdapterStreamPart[] {
  if (mode === Mode.TOOLS) return toolParts("Response", json, { size: 5 });
  if (mode === Mode.MD_JSON) return textParts(`Sure.\n\`\`\`json\n${json}\n\`\`\``, { size: 5 });
  return textParts(json, { size: 5 });
}

describe("generateIterable", () => {
  it.each(Object.values(Mode))("yields each validated element in mode %s", async (mode) => {
    const json = items({ name: " Ann ", age: 30 }, { name: "Bob", age: 41 });
    const adapter = new MockAdapter().enqueueStream(partsFor(mode, json));
    const people = await collect(createInstructor({ adapter }).generateIterable({ ...base, mode }));
    expect(people).toEqual([
      { name: "Ann", age: 30 },
      { name: "Bob", age: 41 },
    ]);
    // The model is asked for { items: Element[] } in every mode.
    const schema = adapter.requests[0]?.schema.jsonSchema as { properties?: { items?: object } };
    expect(schema.properties?.items).toMatchObject({ type: "array" });
  });

  it("hands the first element over while the provider still holds the rest", async () => {
    const gate = createGate();
    let restSent = false;
    const adapter = streamingAdapter(async function* () {
      yield { type: "text-delta", delta: '{"items": [{"name": "Ann", "age": 30}' };
      await gate.passed;
      restSent = true;
      yield { type: "text-delta", delta: ', {"name": "Bob", "age": 41}]}' };
      yield { type: "finish", finishReason: "stop" };
    });
    const iterator = createInstructor({ adapter }).generateIterable(base)[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: { name: "Ann", age: 30 } });
    const second = iterator.next();
    await new Promise((resolve) => setImmediate(resolve)); // the stream now waits at its gate
    expect(restSent).toBe(false);
    gate.open();
    expect(await second).toEqual({ done: false, value: { name: "Bob", age: 41 } });
    expect((await iterator.next()).done).toBe(true);
  });

  it("re-asks after an invalid element and never yields an element twice", async () => {
    const first = items(
      { name: "Ann", age: 30 },
      { name: "Bob", age: 41 },
      { name: "Cy", age: "x" },
    );
    const second = items(
      { name: "Ann", age: 30 },
      { name: "Bob", age: 41 },
      { name: "Cy", age: 9 },
      { name: "Di", age: 12 },
    );
    const adapter = new MockAdapter()
      .enqueueStream(textParts(first, { size: 7 }))
      .enqueueStream(textParts(second, { size: 7 }));
    const instructor = createInstructor({ adapter });
    const errors: unknown[] = [];
    const retries: number[] = [];
    instructor.on("parse:error", (e) => errors.push(e.error));
    instructor.on("retry", (e) => retries.push(e.attempt));
    const people = await collect(instructor.generateIterable({ ...base, mode: Mode.JSON }));
    expect(people.map((p) => p.name)).toEqual(["Ann", "Bob", "Cy", "Di"]);
    expect(retries).toEqual([1]);
    expect(ValidationError.isInstance(errors[0])).toBe(true);
    expect(adapter.requests[1]?.messages.at(-2)).toEqual({ role: "assistant", content: first });
  });

  it("stops yielding at invalid JSON and skips the elements already yielded on the retry", async () => {
    const broken = '{"items": [{"name": "Ann", "age": 30}, {"name": "Bob" "age": 41}]}';
    const fixed = items({ name: "Ann", age: 30 }, { name: "Bob", age: 41 });
    const adapter = new MockAdapter()
      .enqueueStream(textParts(broken))
      .enqueueStream(textParts(fixed));
    const instructor = createInstructor({ adapter });
    const errors: unknown[] = [];
    instructor.on("parse:error", (e) => errors.push(e.error));
    const people = await collect(instructor.generateIterable({ ...base, mode: Mode.JSON }));
    expect(people.map((p) => p.name)).toEqual(["Ann", "Bob"]);
    expect(JsonParseError.isInstance(errors[0])).toBe(true);
  });

  it("does not yield elements after an invalid one in the same attempt", async () => {
    const answer = items({ name: "Ann", age: "x" }, { name: "Bob", age: 41 });
    const adapter = new MockAdapter().enqueueStream(textParts(answer));
    const seen: unknown[] = [];
    const run = async () => {
      const iterable = createInstructor({ adapter, maxRetries: 0 }).generateIterable({
        ...base,
        mode: Mode.JSON,
      });
      for await (const person of iterable) seen.push(person);
    };
    await expect(run()).rejects.toSatisfy(RetryError.isInstance);
    expect(seen).toEqual([]);
  });

  it("yields scalar elements when the next separator arrives", async () => {
    const adapter = new MockAdapter().enqueueStream(
      textParts('{"items": [1, 22, 333]}', { size: 1 }),
    );
    const numbers = await collect(
      createInstructor({ adapter }).generateIterable({
        ...base,
        responseModel: z.number(),
        mode: Mode.JSON,
      }),
    );
    expect(numbers).toEqual([1, 22, 333]);
  });

  it("asks with one wrapper schema per element schema, so the schema caches hit", async () => {
    const json = items({ name: "Ann", age: 30 });
    let transforms = 0;
    const adapter = new MockAdapter({
      transformSchema: (schema) => {
        transforms++;
        return schema;
      },
    });
    adapter.enqueueStream(textParts(json)).enqueueStream(textParts(json));
    adapter.enqueueStream(textParts(json));
    const instructor = createInstructor({ adapter, mode: Mode.JSON });
    await collect(instructor.generateIterable(base));
    await collect(instructor.generateIterable(base));
    expect(transforms).toBe(1);
    expect(adapter.requests[1]?.schema).toBe(adapter.requests[0]?.schema);
    const Other = z.object({ name: z.string() });
    await collect(instructor.generateIterable({ ...base, responseModel: Other }));
    expect(transforms).toBe(2);
    expect(adapter.requests[2]?.schema).not.toBe(adapter.requests[0]?.schema);
  });
});
