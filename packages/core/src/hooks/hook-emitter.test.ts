import { describe, expect, it } from "vitest";
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
