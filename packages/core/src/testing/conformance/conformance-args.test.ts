import { describe, expect, it } from "vitest";
import { MockAdapter } from "../mock-adapter.js";
import { resolveConformanceArgs } from "./conformance-args.js";
import type {
  AdapterConformanceHarness,
  ConformanceReply,
  ConformanceScripting,
  ObservedRequest,
} from "./types.js";

const observed: ObservedRequest = {
  model: "m",
  messages: [],
  output: { kind: "none" },
  stream: false,
  fields: {},
};

/** A class-based scripting, so lost `this` bindings would show. */
class RecordingScripting implements ConformanceScripting {
  readonly calls: string[] = [];
  readonly scripted: ConformanceReply[] = [];
  get apiKey(): string {
    return `key-of-${this.calls.length}-calls`;
  }
  setup(): void {
    this.calls.push("setup");
  }
  teardown(): void {
    this.calls.push("teardown");
  }
  reset(): void {
    this.calls.push("reset");
  }
  script(reply: ConformanceReply): void {
    this.scripted.push(reply);
  }
  lastRequest(): ObservedRequest {
    this.calls.push("lastRequest");
    return observed;
  }
}

describe("resolveConformanceArgs", () => {
  it("passes a harness and its options through unchanged", () => {
    const harness: AdapterConformanceHarness = {
      ...new RecordingScripting(),
      script: () => undefined,
      lastRequest: () => observed,
      apiKey: "k".repeat(8),
      makeAdapter: () => new MockAdapter(),
    };
    expect(resolveConformanceArgs([harness, { reasoning: true }])).toEqual({
      harness,
      options: { reasoning: true },
    });
    expect(resolveConformanceArgs([harness]).options).toEqual({});
  });

  it("builds the harness from makeAdapter and the scripting, which also holds the options", async () => {
    const scripting = new RecordingScripting();
    const adapter = new MockAdapter({ provider: "design-shaped" });
    const third = Object.assign(scripting, { model: "m-1", refusal: true });
    const { harness, options } = resolveConformanceArgs([() => adapter, third]);

    expect(harness.makeAdapter()).toBe(adapter);
    expect(options).toMatchObject({ model: "m-1", refusal: true });
    await harness.setup?.();
    harness.reset?.();
    harness.script({ type: "drop" });
    expect(harness.lastRequest()).toBe(observed);
    await harness.teardown?.();
    expect(scripting.calls).toEqual(["setup", "reset", "lastRequest", "teardown"]);
    expect(scripting.scripted).toEqual([{ type: "drop" }]);
    // Read through on every access, like the scripting's own getter.
    expect(harness.apiKey).toBe("key-of-4-calls");
  });
});
