import { createInstructor, type HookName, Mode, ProviderError } from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { badAgeText, jason, jasonText, model, User } from "./support/fixtures.js";

// The hooks contract (names follow Python instructor).
const hookNames = [
  "completion:kwargs",
  "completion:response",
  "completion:error",
  "parse:error",
  "completion:last_attempt",
  "retry",
] as const satisfies readonly HookName[];

/** A handler per hook name that appends the name to `log`. */
function recorders(log: string[]) {
  return Object.fromEntries(hookNames.map((name) => [name, () => void log.push(name)]));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("hooks", () => {
  it("options.hooks sees kwargs, response, parse:error, retry, last attempt, in order", async () => {
    const log: string[] = [];
    const adapter = new MockAdapter({ responses: [{ text: badAgeText }, { text: jasonText }] });
    const client = createInstructor({
      adapter,
      mode: Mode.JSON,
      maxRetries: 1,
      hooks: recorders(log),
    });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
    expect(log.filter((n) => n === "completion:kwargs")).toHaveLength(2);
    expect(log.filter((n) => n === "completion:response")).toHaveLength(2);
    expect(log.filter((n) => n === "parse:error")).toHaveLength(1);
    expect(log.filter((n) => n === "retry")).toHaveLength(1);
    expect(log.filter((n) => n === "completion:last_attempt")).toHaveLength(1);
    expect(log).not.toContain("completion:error");
    // The re-ask happens after the failure was reported, and the last attempt is announced before it is sent.
    expect(log.indexOf("parse:error")).toBeLessThan(log.lastIndexOf("completion:kwargs"));
    expect(log.indexOf("completion:last_attempt")).toBeLessThan(
      log.lastIndexOf("completion:kwargs"),
    );
  });

  it("completion:error fires for a provider failure", async () => {
    const adapter = new MockAdapter();
    adapter.enqueueError(
      new ProviderError("boom", { provider: "mock", status: 500, isRetryable: true }),
    );
    const onError = vi.fn();
    const client = createInstructor({
      adapter,
      mode: Mode.JSON,
      hooks: { "completion:error": onError },
    });
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).rejects.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("on() subscribes and returns an unsubscribe; off() removes a handler", async () => {
    const adapter = new MockAdapter({
      responses: [{ text: jasonText }, { text: jasonText }, { text: jasonText }],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const viaOn = vi.fn();
    const viaOff = vi.fn();
    const unsubscribe = client.on("completion:response", viaOn);
    client.on("completion:kwargs", viaOff);
    await client.generate({ responseModel: User, model, prompt: "p" });
    expect([viaOn.mock.calls.length, viaOff.mock.calls.length]).toEqual([1, 1]);
    unsubscribe();
    client.off("completion:kwargs", viaOff);
    await client.generate({ responseModel: User, model, prompt: "p" });
    expect([viaOn.mock.calls.length, viaOff.mock.calls.length]).toEqual([1, 1]);
  });

  it("a throwing handler (options.hooks or on) never breaks the call", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const throwing = Object.fromEntries(
      hookNames.map((name) => [
        name,
        () => {
          throw new Error(`handler for ${name} failed`);
        },
      ]),
    );
    const adapter = new MockAdapter({ responses: [{ text: badAgeText }, { text: jasonText }] });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 1, hooks: throwing });
    for (const name of hookNames) {
      client.on(name, () => {
        throw new Error("on() handler failed");
      });
    }
    await expect(client.generate({ responseModel: User, model, prompt: "p" })).resolves.toEqual(
      jason,
    );
  });

  it("with() keeps the hooks of the client it patches", async () => {
    const adapter = new MockAdapter({ responses: [{ text: jasonText }] });
    const onKwargs = vi.fn();
    const client = createInstructor({
      adapter,
      mode: Mode.JSON,
      hooks: { "completion:kwargs": onKwargs },
    });
    await client.with({ maxRetries: 0 }).generate({ responseModel: User, model, prompt: "p" });
    expect(onKwargs).toHaveBeenCalledTimes(1);
  });
});
