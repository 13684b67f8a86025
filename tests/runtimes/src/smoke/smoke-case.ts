/**
 * The scenarios of the smoke program, each named in its prompt as `case:<name>` so that the
 * loopback server, in another process, knows which answer to script.
 */
export type SmokeCase = "generate" | "partial" | "iterable" | "reask" | "error" | "abort";

/** Reads the scenario back out of a prompt; `undefined` when it names none. */
export function smokeCaseOf(text: string): SmokeCase | undefined {
  const name = /\bcase:(\w+)/.exec(text)?.[1];
  return SMOKE_CASES.find((known) => known === name);
}

const SMOKE_CASES: readonly SmokeCase[] = [
  "generate",
  "partial",
  "iterable",
  "reask",
  "error",
  "abort",
];
