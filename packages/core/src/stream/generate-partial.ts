import type { z } from "zod";
import type { InstructorContext } from "../instructor/instructor-context.js";
import { prepareCall } from "../instructor/prepare-call.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type { GenerateParams } from "../types/instructor.js";
import { streamAttempts } from "./stream-attempts.js";

/**
 * `Instructor.generatePartial`: streams the answer and yields a snapshot each time its visible
 * value changes, then the validated value (zod output) as the last yield. To keep the whole
 * stream linear, a snapshot that would copy a very wide container (thousands of elements) waits
 * until enough new text has arrived to pay for it (`PartialJsonParser.snapshotDue`); ordinary
 * answers get a snapshot per changing chunk.
 *
 * The newest snapshot is held back until the stream shows it is not the last one: a newer
 * snapshot arrives, or the provider pauses (its next part is not there within one event-loop
 * turn), so a slow stream shows every snapshot at once. When the answer ends while one is held,
 * it is dropped and the validated value, which would usually repeat it, comes next; when the call
 * fails instead, it is yielded before the error.
 *
 * Snapshots share structure: each one copies only the
 * path from the root to what changed, so unchanged subtrees keep their identity (compare by
 * reference). They are the model's unvalidated output so far, typed as the shape the schema
 * promises; never mutate them. Works in every mode (TOOLS streams the tool-call arguments).
 * When the final answer fails to parse or validate, the call is re-asked like `generate` (same
 * hooks) and streams again: snapshots then start over from the new answer.
 */
export async function* generatePartial<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<DeepPartial<z.output<S>>> {
  const call = prepareCall(context, params);
  const attempts = streamAttempts(call, () => createPartialJsonParser(call.limits), {
    reportPauses: true,
  });
  let last: unknown;
  let held: unknown;
  try {
    for await (const event of attempts) {
      if (event.type === "result") {
        yield asPartial<z.output<S>>(event.result.value);
        return;
      }
      if (event.type === "pause") {
        if (held !== undefined) yield asPartial<z.output<S>>(held);
        held = undefined;
        continue;
      }
      if (!event.parser.snapshotDue) continue;
      const snapshot = event.parser.snapshot();
      if (snapshot === undefined || snapshot === last) continue;
      if (held !== undefined) yield asPartial<z.output<S>>(held);
      last = snapshot;
      held = snapshot;
    }
  } catch (error) {
    // No value follows: what the answer showed so far is still worth seeing before the error.
    if (held !== undefined) yield asPartial<z.output<S>>(held);
    throw error;
  }
}

/**
 * The one place a parsed value takes the schema's partial type: snapshots are unvalidated JSON
 * (TypeScript cannot know what the model wrote), and a complete, validated value is a valid
 * partial one (TypeScript cannot see that through the generic `DeepPartial`).
 */
function asPartial<T>(value: unknown): DeepPartial<T> {
  return value as DeepPartial<T>;
}
