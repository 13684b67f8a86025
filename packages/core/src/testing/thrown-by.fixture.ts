/**
 * Test helper: the error `work` throws, when `guard` (a typed error's `isInstance`) accepts it.
 * Anything else it throws is rethrown, and returning fails the test, so a missing error never
 * passes as `undefined`.
 */
export function thrownBy<E>(work: () => unknown, guard: (error: unknown) => error is E): E {
  try {
    work();
  } catch (error) {
    if (guard(error)) return error;
    throw error;
  }
  throw new Error("expected the call to throw, but it returned");
}
