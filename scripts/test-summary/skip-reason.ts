/** The reason a test without one is reported with, so that it shows up in every summary. */
export const NO_REASON =
  "no reason given (say why: ctx.skip(reason) or a '(skipped: reason)' title)";

const MARK = "(skipped: ";

/**
 * Why a test was skipped: the note of `ctx.skip(note)`, else the `(skipped: REASON)` part of the
 * test's or the nearest enclosing suite's title (how `describe.skipIf` suites say why), else
 * {@link NO_REASON}. `titles` runs from the test outwards.
 */
export function skipReason(note: string | undefined, titles: readonly string[]): string {
  if (note !== undefined && note.trim() !== "") return note.trim();
  for (const title of titles) {
    const start = title.lastIndexOf(MARK);
    const end = title.lastIndexOf(")");
    if (start !== -1 && end > start) return title.slice(start + MARK.length, end).trim();
  }
  return NO_REASON;
}
