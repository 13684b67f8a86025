import { Mode, type ReasoningEvent } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();
const User = z.object({ name: z.string(), age: z.int() });
const params = { model: "gpt-oss-120b", responseModel: User, prompt: "Jason is 25" };

describe("reasoning through the Cerebras SDK", () => {
  it("streams message reasoning as reasoning hook deltas, never into a snapshot", async () => {
    const reasoning = "The user says Jason is 25, so name Jason and age 25.";
    mock.server.enqueue({
      type: "message",
      reasoning,
      content: '{"name":"Jason","age":25}',
      stream: { chunkSize: 5 },
    });
    const instructor = fromCerebras(mock.client);
    const events: ReasoningEvent[] = [];
    instructor.on("reasoning", (event) => events.push(event));
    const snapshots = [];
    for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
    expect(events.length).toBeGreaterThan(1);
    expect(events.map((e) => e.delta).join("")).toBe(reasoning);
    expect(events.every((e) => e.attempt === 1)).toBe(true);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
  });

  it("splits <think> content split at every position out of a streamed JSON answer", async () => {
    const content = '<think>{"name":"DRAFT"}?</think>\n{"name":"Jason","age":25}';
    for (let cut = 0; cut <= content.length; cut++) {
      mock.server.enqueue({
        type: "message",
        content,
        stream: { chunks: [content.slice(0, cut), content.slice(cut)].filter((c) => c !== "") },
      });
      const instructor = fromCerebras(mock.client, { mode: Mode.JSON });
      const thoughts: string[] = [];
      instructor.on("reasoning", ({ delta }) => thoughts.push(delta));
      const snapshots = [];
      for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
      expect(JSON.stringify(snapshots)).not.toContain("DRAFT");
      expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
      expect(thoughts.join("")).toBe('{"name":"DRAFT"}?');
    }
  });
});
