import { z } from "zod";
import type { SmokeOutcome } from "../smoke/smoke-program.js";

const Outcome = z.union([
  z.object({ ok: z.literal(true), checks: z.array(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Reads a runtime's outcome back from the JSON it sent; anything else is a failure. */
export function parseOutcome(text: string): SmokeOutcome {
  try {
    return Outcome.parse(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `no outcome in ${JSON.stringify(text.slice(0, 500))}: ${reason}` };
  }
}
