import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createMemoryCache } from "../cache/memory-cache.js";
import { ValidationError } from "../errors/validation-error.js";
import { textParts } from "../stream/stream-parts.fixture.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { textResponse } from "../testing/mock-responses.js";
import { Mode } from "../types/mode.js";
import { createInstructor } from "./create-instructor.js";

const Label = z.enum(["spam", "ham"]);
const call = { responseModel: Label, model: "m", prompt: "p" };

describe("non-object roots in the content modes", () => {
  it.each([Mode.JSON, Mode.MD_JSON])(
    "%s: the prompt shows the wrapped schema; the value comes back unwrapped",
    async (mode) => {
      const text = mode === Mode.MD_JSON ? '```json\n{"value":"ham"}\n```' : '{"value":"ham"}';
      const adapter = new MockAdapter({ responses: [textResponse(text)] });
      await expect(createInstructor({ adapter }).generate({ ...call, mode })).resolves.toBe("ham");
      const system = adapter.requests[0]?.messages[0]?.content ?? "";
      expect(system).toContain('"value"');
      expect(adapter.requests[0]?.schema.jsonSchema).toMatchObject({ required: ["value"] });
    },
  );

  it("re-asks a bare answer without the wrapper, saying what shape was expected", async () => {
    const adapter = new MockAdapter({
      responses: [textResponse('"spam"'), textResponse('{"value":"spam"}')],
    });
    const errors: unknown[] = [];
    const label = await createInstructor({ adapter }).generate({
      ...call,
      mode: Mode.JSON,
      retry: { maxRetries: 1, onRetry: ({ error }) => void errors.push(error) },
    });
    expect(label).toBe("spam");
    const [error] = errors;
    if (!ValidationError.isInstance(error)) throw new Error("expected a ValidationError");
    expect(error.issues).toEqual([
      {
        message: 'Expected a JSON object with exactly one property "value" holding the answer',
        path: [],
      },
    ]);
    expect(adapter.requests[1]?.messages.at(-1)?.content).toContain(
      '- (root): Expected a JSON object with exactly one property "value"',
    );
  });

  it("a nullable root: null is a value, not an absent property", async () => {
    const adapter = new MockAdapter({ responses: [textResponse('{"value":null}')] });
    await expect(
      createInstructor({ adapter }).generate({
        ...call,
        responseModel: z.number().nullable(),
        mode: Mode.JSON,
      }),
    ).resolves.toBeNull();
  });

  it("caches the wrapped answer and serves the unwrapped value from the cache", async () => {
    const adapter = new MockAdapter({ responses: [textResponse('{"value":[1,2]}')] });
    const client = createInstructor({ adapter, cache: createMemoryCache() });
    const Numbers = z.array(z.number()).transform((numbers) => numbers.length);
    const params = { ...call, responseModel: Numbers, mode: Mode.JSON };
    await expect(client.generate(params)).resolves.toBe(2);
    await expect(client.generateWithCompletion(params)).resolves.toMatchObject({
      data: 2,
      attempts: 0,
    });
    expect(adapter.requests).toHaveLength(1);
  });

  it("generateIterable is unaffected: an enum element streams from { items: [...] }", async () => {
    const adapter = new MockAdapter().enqueueStream(textParts('{"items":["spam","ham"]}'));
    const labels: string[] = [];
    for await (const label of createInstructor({ adapter }).generateIterable({
      ...call,
      mode: Mode.JSON,
    })) {
      labels.push(label);
    }
    expect(labels).toEqual(["spam", "ham"]);
    expect(adapter.requests[0]?.schema.jsonSchema).toEqual({
      type: "object",
      properties: { items: { type: "array", items: { type: "string", enum: ["spam", "ham"] } } },
      required: ["items"],
      additionalProperties: false,
    });
  });
});
