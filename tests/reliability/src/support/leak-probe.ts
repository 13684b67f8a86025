import { inspect } from "node:util";
import type { HookName, Instructor } from "@instr/core";
import { type MockInstance, vi } from "vitest";

// Exhaustive by type: adding a hook to core without listing it here fails the typecheck.
const HOOKS = {
  "completion:kwargs": true,
  "completion:response": true,
  "completion:error": true,
  "parse:error": true,
  "completion:last_attempt": true,
  retry: true,
  "cache:hit": true,
  "cache:miss": true,
  "mode:fallback": true,
  reasoning: true,
} satisfies Record<HookName, true>;

/** Every way a value is commonly rendered: JSON, `String`, and `util.inspect` (what console prints). */
function renderings(value: unknown): string[] {
  const rendered = [String(value), inspect(value, { depth: 12, showHidden: true })];
  try {
    rendered.push(JSON.stringify(value) ?? "");
  } catch (error) {
    // A circular value cannot be JSON; its inspect rendering above still covers it.
    rendered.push(String(error));
  }
  if (value instanceof Error) {
    rendered.push(value.message, value.stack ?? "", String(value.cause));
    rendered.push(inspect(value.cause, { depth: 12, showHidden: true }));
  }
  return rendered;
}

/** Captures every hook payload of an instructor and every console line, to search for a secret. */
export class LeakProbe {
  readonly hookPayloads: { hook: HookName; payload: unknown }[] = [];
  readonly consoleLines: unknown[][] = [];
  private readonly spies: MockInstance[] = [];

  /** Subscribes to every hook of `instructor`; returns it. */
  watch(instructor: Instructor): Instructor {
    for (const hook of Object.keys(HOOKS) as HookName[]) {
      instructor.on(hook, (payload: unknown) => this.hookPayloads.push({ hook, payload }));
    }
    return instructor;
  }

  /** Records (and silences) console output until `restore()`. */
  captureConsole(): this {
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      this.spies.push(
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          this.consoleLines.push(args);
        }),
      );
    }
    return this;
  }

  restore(): void {
    for (const spy of this.spies.splice(0)) spy.mockRestore();
  }

  /** Every rendering of `extra` values, hook payloads and console lines that contains `secret`. */
  findings(secret: string, ...extra: unknown[]): string[] {
    const values = [
      ...extra,
      ...this.hookPayloads.map((p) => p.payload),
      ...this.consoleLines.flat(),
    ];
    return values.flatMap(renderings).filter((text) => text.includes(secret));
  }
}
