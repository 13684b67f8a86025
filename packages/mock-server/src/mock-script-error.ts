/** A scripted reply that cannot be served as written (a test bug, reported where it was enqueued). */
export class MockScriptError extends Error {
  override readonly name = "MockScriptError";
}
