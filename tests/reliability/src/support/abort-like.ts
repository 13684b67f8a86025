import { expect } from "vitest";

/** Asserts `error` is what `fetch` rejects with on abort: an Error (DOMException) named `name`. */
export function expectAbortLike(error: unknown, name: "AbortError" | "TimeoutError"): void {
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe(name);
}
