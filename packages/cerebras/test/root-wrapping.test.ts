import { Mode, ValidationError } from "@instr/core";
import type { Reply } from "@instr/mock-server";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { useMockCerebras } from "./mock-cerebras.js";

// Non-object roots (enum, array, union) through the real Cerebras SDK and real HTTP on
// 127.0.0.1: core sends them wrapped in `{ "value": … }` (the strict dialect wants an object at
// the root) and hands back the inner value, typed by the schema.

const mock = useMockCerebras();
const MODEL = "gpt-oss-120b";

type Body = {
  messages: Array<{ role: string; content?: string | null }>;
  tools?: Array<{ function: { name: string; parameters: Record<string, unknown> } }>;
  response_format?: { json_schema: { schema: Record<string, unknown> } };
};

/** Answers each request with the next of `answers`, in the mode's carrier, split in `pieces`. */
function answerWith(mode: Mode, answers: unknown[], pieces = 1): void {
  let i = 0;
  mock.server.setHandler((request): Reply => {
    const json = JSON.stringify(answers[Math.min(i++, answers.length - 1)]);
    const size = Math.ceil(json.length / pieces);
    const chunks = Array.from({ length: pieces }, (_, k) => json.slice(k * size, (k + 1) * size));
    if (mode === Mode.TOOLS) {
      const name = (request.body as Body).tools?.[0]?.function.name ?? "";
      return {
        type: "message",
        toolCalls: [{ id: `call_${i}`, name, arguments: json }],
        stream: { argumentChunks: [chunks] },
      };
    }
    return { type: "message", content: json, stream: { chunks } };
  });
}

/** The JSON Schema the i-th request sent: the tool's parameters or the response format's. */
function sentSchema(mode: Mode, i = 0): Record<string, unknown> | undefined {
  const body = mock.server.requests[i]?.body as Body;
  return mode === Mode.TOOLS
    ? body.tools?.[0]?.function.parameters
    : body.response_format?.json_schema.schema;
}

/** The text of the last message of the i-th request: the re-ask after a failed attempt. */
function lastMessage(i: number): string {
  const body = mock.server.requests[i]?.body as Body | undefined;
  return body?.messages.at(-1)?.content ?? "";
}

async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

describe.each([Mode.JSON_SCHEMA, Mode.TOOLS])("non-object roots, mode %s", (mode) => {
  const client = () => fromCerebras(mock.client, { mode });
  const call = { model: MODEL, prompt: "Classify: WIN A FREE CRUISE" };

  it('an enum root answers "spam", typed "spam" | "ham"; the sent schema is an object', async () => {
    answerWith(mode, [{ value: "spam" }]);
    const label = await client().generate({ ...call, responseModel: z.enum(["spam", "ham"]) });
    expectTypeOf(label).toEqualTypeOf<"spam" | "ham">();
    expect(label).toBe("spam");
    expect(sentSchema(mode)).toEqual({
      type: "object",
      properties: { value: { type: "string", enum: ["spam", "ham"] } },
      required: ["value"],
      additionalProperties: false,
    });
  });

  it("an array root returns the array", async () => {
    const Tags = z.array(z.object({ tag: z.string(), score: z.number() }));
    const tags = [
      { tag: "cruise", score: 0.9 },
      { tag: "free", score: 0.7 },
    ];
    answerWith(mode, [{ value: tags }]);
    const value = await client().generate({ ...call, responseModel: Tags });
    expectTypeOf(value).toEqualTypeOf<{ tag: string; score: number }[]>();
    expect(value).toEqual(tags);
    expect(sentSchema(mode)).toMatchObject({ type: "object", required: ["value"] });
  });

  it("a union root (object or string) takes either branch", async () => {
    const Verdict = z.union([z.object({ reason: z.string() }), z.literal("unsure")]);
    answerWith(mode, [{ value: { reason: "too good to be true" } }, { value: "unsure" }]);
    const first = await client().generate({ ...call, responseModel: Verdict });
    expectTypeOf(first).toEqualTypeOf<{ reason: string } | "unsure">();
    expect(first).toEqual({ reason: "too good to be true" });
    await expect(client().generate({ ...call, responseModel: Verdict })).resolves.toBe("unsure");
  });

  it("generatePartial on an array root yields growing arrays of the inner value", async () => {
    const words = ["free", "cruise", "win", "now", "click"];
    answerWith(mode, [{ value: words }], 12);
    const snapshots = await collect(
      client().generatePartial({ ...call, responseModel: z.array(z.string()) }),
    );
    expect(snapshots.at(-1)).toEqual(words);
    expect(snapshots.length).toBeGreaterThan(2);
    let previous: string[] = [];
    for (const snapshot of snapshots) {
      expect(Array.isArray(snapshot)).toBe(true);
      expect(snapshot.length).toBeGreaterThanOrEqual(previous.length);
      // Every element but the one still being written is final.
      for (const [k, word] of previous.slice(0, -1).entries()) expect(snapshot[k]).toBe(word);
      previous = snapshot.filter((word) => word !== undefined);
    }
  });

  it("a re-ask on an enum root names the user's path, never the wrapper's", async () => {
    answerWith(mode, [{ value: "eggs" }, { value: "ham" }]);
    const seen: ValidationError[] = [];
    const label = await client().generate({
      ...call,
      responseModel: z.enum(["spam", "ham"]),
      retry: {
        maxRetries: 1,
        onRetry: ({ error }) => {
          if (ValidationError.isInstance(error)) seen.push(error);
        },
      },
    });
    expect(label).toBe("ham");
    expect(seen).toHaveLength(1);
    expect(seen[0]?.issues.map((issue) => issue.path)).toEqual([[]]);
    const reask = lastMessage(1);
    expect(reask).toMatch(/^- \(root\): Invalid option: expected one of "spam"\|"ham"$/m);
    expect(reask).not.toMatch(/^- value/m);
  });

  it("a re-ask on an array root points into the user's array", async () => {
    const Scores = z.array(z.object({ score: z.number().max(1) }));
    answerWith(mode, [{ value: [{ score: 0.5 }, { score: 7 }] }, { value: [{ score: 0.5 }] }]);
    await expect(client().generate({ ...call, responseModel: Scores })).resolves.toEqual([
      { score: 0.5 },
    ]);
    const reask = lastMessage(1);
    expect(reask).toMatch(/^- \[1\]\.score: /m);
  });
});
