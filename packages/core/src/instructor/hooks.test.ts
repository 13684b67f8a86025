import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { HookHandlers, HookName } from "../instructor-types/hooks.js";
import type { Instructor } from "../instructor-types/instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { createInstructor } from "./create-instructor.js";

const base = { responseModel: z.object({ name: z.string() }), model: "m", prompt: "p" };
const names: HookName[] = [
  "completion:kwargs",
  "completion:response",
  "completion:error",
  "parse:error",
  "completion:last_attempt",
  "retry",
];

/** What every hook payload has in common, as far as these tests look. */
type Payload = { attempt: number; error?: unknown };

/** Records every hook event of `instructor` as [name, payload]. */
function record(instructor: Instructor): [HookName, Payload][] {
  const events: [HookName, Payload][] = [];
  for (const name of names) instructor.on(name, (payload: Payload) => events.push([name, payload]));
  return events;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("hooks", () => {
  it("emits every event in order with typed payloads", async () => {
    const bad = toolCallResponse("Response", "{bad");
    const invalid = toolCallResponse("Response", { name: 1 });
    const good = toolCallResponse("Response", { name: "ok" });
    const adapter = new MockAdapter({ responses: [bad, invalid, good] });
    const instructor = createInstructor({ adapter });
    const events = record(instructor);
    await instructor.generate(base);
    expect(events.map(([name, p]) => `${name}#${p.attempt}`)).toEqual([
      "completion:kwargs#1",
      "completion:response#1",
      "parse:error#1",
      "retry#1",
      "completion:kwargs#2",
      "completion:response#2",
      "parse:error#2",
      "retry#2",
      "completion:last_attempt#3",
      "completion:kwargs#3",
      "completion:response#3",
    ]);
    const [, kwargs] = events[0] ?? [];
    expect(kwargs).toEqual({ request: adapter.requests[0], attempt: 1, stream: false });
    expect(events[1]?.[1]).toEqual({ response: bad, attempt: 1 });
    expect(events[2]?.[1]).toMatchObject({ rawText: "{bad", attempt: 1 });
    expect(JsonParseError.isInstance(events[2]?.[1].error)).toBe(true);
    expect(ValidationError.isInstance(events[6]?.[1].error)).toBe(true);
    expect(events[3]?.[1]).toMatchObject({ attempt: 1, rawText: "{bad" });
  });

  it("emits completion:error with the provider error and rethrows it", async () => {
    const failure = new ProviderError("boom", { provider: "mock", status: 500, isRetryable: true });
    const onError = vi.fn<HookHandlers["completion:error"]>();
    const adapter = new MockAdapter().enqueueError(failure);
    const instructor = createInstructor({ adapter, hooks: { "completion:error": onError } });
    await expect(instructor.generate(base)).rejects.toBe(failure);
    expect(onError).toHaveBeenCalledWith({ error: failure, attempt: 1 });
  });

  it("unsubscribes with the function on() returns and with off()", async () => {
    const adapter = new MockAdapter({
      responses: [
        toolCallResponse("Response", { name: "a" }),
        toolCallResponse("Response", { name: "b" }),
      ],
    });
    const instructor = createInstructor({ adapter });
    const viaReturn = vi.fn();
    const viaOff = vi.fn();
    const unsubscribe = instructor.on("completion:kwargs", viaReturn);
    instructor.on("completion:kwargs", viaOff);
    await instructor.generate(base);
    unsubscribe();
    instructor.off("completion:kwargs", viaOff);
    await instructor.generate(base);
    expect(viaReturn).toHaveBeenCalledTimes(1);
    expect(viaOff).toHaveBeenCalledTimes(1);
  });

  it("reports a throwing handler on the console and goes on with the call", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const adapter = new MockAdapter({ responses: [toolCallResponse("Response", { name: "a" })] });
    const failure = new Error("handler bug");
    const after = vi.fn();
    const instructor = createInstructor({
      adapter,
      hooks: {
        "completion:kwargs": () => {
          throw failure;
        },
      },
    });
    instructor.on("completion:kwargs", after);
    await expect(instructor.generate(base)).resolves.toEqual({ name: "a" });
    expect(after).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('"completion:kwargs"'),
      failure,
    );
  });
});

describe("with()", () => {
  it("layers options and copies the handlers present at that moment", async () => {
    const adapter = new MockAdapter();
    for (let i = 0; i < 6; i += 1)
      adapter.enqueueResponse(toolCallResponse("Response", { name: 1 }));
    const parent = createInstructor({ adapter, maxRetries: 0 });
    const inherited = vi.fn();
    parent.on("completion:kwargs", inherited);
    const ownHook = vi.fn();
    const child = parent.with({ maxRetries: 1, hooks: { retry: ownHook } });
    const lateParent = vi.fn();
    parent.on("completion:kwargs", lateParent);

    await expect(child.generate(base)).rejects.toThrow();
    expect(adapter.requests).toHaveLength(2);
    expect(inherited).toHaveBeenCalledTimes(2);
    expect(ownHook).toHaveBeenCalledTimes(1);
    expect(lateParent).not.toHaveBeenCalled();

    await expect(parent.generate(base)).rejects.toThrow();
    expect(adapter.requests).toHaveLength(3);
    expect(ownHook).toHaveBeenCalledTimes(1);
    // undefined does not erase a layered option.
    await expect(child.with({ maxRetries: undefined }).generate(base)).rejects.toThrow();
    expect(adapter.requests).toHaveLength(5);
  });
});
