import { afterAll, afterEach, beforeAll, expect } from "vitest";

/**
 * Records every unhandled promise rejection while the calling file runs, and fails each test
 * that left one behind: a fault must surface as the call's rejection, not as a stray promise.
 */
export function expectNoUnhandledRejections(): void {
  const reasons: unknown[] = [];
  const record = (reason: unknown) => reasons.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", record);
  });
  afterEach(async () => {
    // Node reports an unhandled rejection after the microtask queue drains; give it two turns.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const found = reasons.splice(0);
    expect(found).toEqual([]);
  });
  afterAll(() => {
    process.off("unhandledRejection", record);
  });
}
