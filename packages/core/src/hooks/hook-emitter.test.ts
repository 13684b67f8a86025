import { describe, expect, it, vi } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { HookEmitter } from "./hook-emitter.js";

describe("HookEmitter.listens", () => {
  it("is true only while the event has a handler", () => {
    const emitter = new HookEmitter({ "completion:response": () => undefined });
    expect(emitter.listens("completion:response")).toBe(true);
    expect(emitter.listens("completion:kwargs")).toBe(false);
    const off = emitter.on("completion:kwargs", () => undefined);
    expect(emitter.listens("completion:kwargs")).toBe(true);
    off();
    expect(emitter.listens("completion:kwargs")).toBe(false);
  });
});

describe("HookEmitter.withTap", () => {
  it("calls the tap first, then the shared handlers; a throwing tap is reported, not thrown", () => {
    const seen: string[] = [];
    const emitter = new HookEmitter({ retry: () => seen.push("handler") });
    const tap = {
      retry() {
        seen.push(`tap:${this === tap}`);
      },
      "cache:hit"() {
        throw new Error("tap broke");
      },
    };
    const tapped = emitter.withTap(tap);
    expect(tapped.listens("retry")).toBe(true);
    expect(tapped.listens("cache:hit")).toBe(true);
    expect(tapped.listens("cache:miss")).toBe(false);
    expect(emitter.listens("cache:hit")).toBe(false);
    const retry = { attempt: 1, error: new JsonParseError("bad", { rawText: "" }), rawText: "" };
    tapped.emit("retry", retry);
    expect(seen).toEqual(["tap:true", "handler"]);
    // A handler added to the instructor later still reaches a call that is running.
    emitter.on("cache:hit", () => seen.push("late handler"));
    const report = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      tapped.emit("cache:hit", { key: "k" });
      expect(report).toHaveBeenCalledWith(
        '[instr] the "cache:hit" hook tap threw; the call goes on.',
        expect.any(Error),
      );
    } finally {
      report.mockRestore();
    }
    expect(seen.at(-1)).toBe("late handler");
    // The instructor's own emitter never calls the tap.
    emitter.emit("retry", retry);
    expect(seen.filter((s) => s.startsWith("tap"))).toHaveLength(1);
  });
});
