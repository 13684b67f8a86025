/**
 * What `work` rejects with. Throws when it resolves instead, so a missing rejection fails the
 * test with a clear message rather than passing an `undefined` on.
 */
export async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject, but it resolved");
}
