import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RetryError } from "../errors/retry-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { chunksAt, splits } from "../json/text-splits.fixture.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterResponse, AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";

const User = z.object({ name: z.string() });
const params = { responseModel: User, model: "m", prompt: "Jason" };
const THOUGHT = 'The user wants {"name": "DRAFT"}, let me check.';
const ANSWER = '{"name":"Jason"}';

function textStream(chunks: readonly string[]): AdapterStreamPart[] {
  return [
    ...chunks.map((delta): AdapterStreamPart => ({ type: "text-delta", delta })),
    { type: "finish", finishReason: "stop" },
  ];
}

const answers: Record<string, string> = {
  [Mode.JSON]: `<think>${THOUGHT}</think>\n${ANSWER}`,
  [Mode.JSON_SCHEMA]: `${THOUGHT}\n</think>\n\n${ANSWER}`,
  [Mode.MD_JSON]: `<think>${THOUGHT}</think>\nHere:\n\`\`\`json\n${ANSWER}\n\`\`\``,
};

/** A response's reasoning parts, joined. */
function reasoningOf(response: AdapterResponse | undefined): string {
  return (response?.reasoning ?? []).map((part) => part.text).join("");
}

describe("<think> reasoning never reaches the parser", () => {
  it.each(Object.entries(answers))(
    "mode %s: a think block split at every position never reaches a snapshot",
    async (mode, text) => {
      for (const chunks of splits(text)) {
        const adapter = new MockAdapter({ streams: [textStream(chunks)] });
        const instructor = createInstructor({ adapter, mode: mode as Mode });
        const responses: AdapterResponse[] = [];
        instructor.on("completion:response", ({ response }) => responses.push(response));
        const snapshots: unknown[] = [];
        for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
        expect(JSON.stringify(snapshots)).not.toContain("DRAFT");
        expect(snapshots.at(-1)).toEqual({ name: "Jason" });
        expect(reasoningOf(responses[0])).toContain(THOUGHT);
      }
    },
  );

  it("under any chunking of several blocks (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), async (cuts) => {
        const text = `<think>${THOUGHT}</think> <THINK>{"name":"DRAFT2"}</THINK>${ANSWER}`;
        const chunks = chunksAt(text, cuts);
        const adapter = new MockAdapter({ streams: [textStream(chunks)] });
        const instructor = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
        const snapshots: unknown[] = [];
        for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
        expect(JSON.stringify(snapshots)).not.toContain("DRAFT");
        expect(snapshots.at(-1)).toEqual({ name: "Jason" });
      }),
      { numRuns: 200 },
    );
  });

  it("a whole answer's think block becomes reasoning, in every content mode", async () => {
    for (const [mode, text] of Object.entries(answers)) {
      const wire = { type: "reasoning" as const, text: "wire. " };
      const adapter = new MockAdapter({ responses: [{ text, reasoning: [wire] }] });
      const instructor = createInstructor({ adapter, mode: mode as Mode });
      const responses: AdapterResponse[] = [];
      instructor.on("completion:response", ({ response }) => responses.push(response));
      await expect(instructor.generate(params)).resolves.toEqual({ name: "Jason" });
      // The provider's reasoning first, then what was split out of the text.
      expect(responses[0]?.reasoning).toEqual([
        wire,
        { type: "reasoning", text: `${THOUGHT}${mode === Mode.JSON_SCHEMA ? "\n" : ""}` },
      ]);
      expect(responses[0]?.text).not.toContain("DRAFT");
    }
  });

  it("a failed attempt's raw text in RetryError holds the answer, not the reasoning", async () => {
    const text = `<think>${THOUGHT}</think>{"name": 1}`;
    const adapter = new MockAdapter({ responses: [{ text }] });
    const instructor = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
    const error = await instructor.generate(params).catch((e: unknown) => e);
    expect(RetryError.isInstance(error) && error.attempts[0]?.rawText).toBe('{"name": 1}');
  });
});
