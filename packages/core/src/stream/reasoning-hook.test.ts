import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createInstructor } from "../instructor/create-instructor.js";
import type { ReasoningEvent } from "../instructor-types/hooks.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";

const params = { responseModel: z.object({ name: z.string() }), model: "m", prompt: "Jason" };
const text = (delta: string): AdapterStreamPart => ({ type: "text-delta", delta });
const thought = (delta: string): AdapterStreamPart => ({ type: "reasoning-delta", delta });
const finish: AdapterStreamPart = { type: "finish", finishReason: "stop" };

describe("the reasoning hook", () => {
  it("reports every reasoning delta while streaming, with its attempt, before the answer", async () => {
    const adapter = new MockAdapter({
      streams: [
        [thought("Jason? "), thought("Or J."), text('{"name":1}'), finish],
        [text("<think>Now a "), text("string.</thi"), text('nk>{"name":"Jason"}'), finish],
      ],
    });
    const instructor = createInstructor({ adapter, mode: Mode.JSON });
    const order: string[] = [];
    const events: ReasoningEvent[] = [];
    instructor.on("reasoning", (event) => {
      events.push(event);
      order.push("reasoning");
    });
    for await (const _ of instructor.generatePartial(params)) order.push("snapshot");
    expect(events).toEqual([
      { delta: "Jason? ", attempt: 1 },
      { delta: "Or J.", attempt: 1 },
      { delta: "Now a ", attempt: 2 },
      { delta: "string.", attempt: 2 },
    ]);
    expect(order.indexOf("snapshot")).toBeGreaterThan(order.lastIndexOf("reasoning"));
  });

  it("says nothing for an answer without reasoning", async () => {
    const adapter = new MockAdapter({ streams: [[text('{"name":"Jason"}'), finish]] });
    const instructor = createInstructor({ adapter, mode: Mode.JSON });
    const events: ReasoningEvent[] = [];
    instructor.on("reasoning", (event) => events.push(event));
    for await (const _ of instructor.generatePartial(params)) {
      // drain
    }
    expect(events).toEqual([]);
  });
});
