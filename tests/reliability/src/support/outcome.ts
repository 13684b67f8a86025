/**
 * What `work` rejects with. Throws when it resolves instead, so a missing rejection fails the
 * test with a clear message rather than passing `undefined` on.
 */
export async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject, but it resolved");
}

/** What a stream yielded before it failed, and the failure (`undefined` if it ended normally). */
export interface StreamOutcome<T> {
  yields: T[];
  error: unknown;
}

/** Reads `stream` to its end or its first error. */
export async function drain<T>(stream: AsyncIterable<T>): Promise<StreamOutcome<T>> {
  const yields: T[] = [];
  try {
    for await (const value of stream) yields.push(value);
  } catch (error) {
    return { yields, error };
  }
  return { yields, error: undefined };
}

/** Milliseconds since `start` (a `performance.now()` reading). */
export function elapsedSince(start: number): number {
  return performance.now() - start;
}
