import type { z } from "zod";
import type { InstructorContext } from "../instructor/instructor-context.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type { GenerateParams } from "../types/instructor.js";
import { asPartial } from "./as-partial.js";
import { generateValueStream } from "./generate-stream.js";
import { NOT_YET, withinTurn } from "./within-turn.js";

/**
 * `Instructor.generatePartial`: the `partial` snapshots of `generateStream`, then the validated
 * value (zod output) as the last yield; a failed call throws what `generate` would reject with.
 * To keep the whole stream linear, a snapshot that would copy a very wide container (thousands
 * of elements) waits until enough new text has arrived to pay for it
 * (`PartialJsonParser.snapshotDue`); ordinary answers get a snapshot per changing chunk.
 *
 * The newest snapshot is held back until the stream shows it is not the last one: a newer
 * snapshot arrives, or the provider pauses (the next event is not there within one event-loop
 * turn), so a slow stream shows every snapshot at once. When the answer ends while one is held,
 * it is dropped and the validated value, which would usually repeat it, comes next; when the call
 * fails instead, it is yielded before the error.
 *
 * Snapshots share structure: each one copies only the path from the root to what changed, so
 * unchanged subtrees keep their identity (compare by reference). They are the model's
 * unvalidated output so far, typed as the shape the schema promises; never mutate them. Works in
 * every mode (TOOLS streams the tool-call arguments). When the final answer fails to parse or
 * validate, the call is re-asked like `generate` (same hooks) and streams again: snapshots then
 * start over from the new answer.
 */
export async function* generatePartial<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<DeepPartial<z.output<S>>> {
  const events = generateValueStream(context, params);
  let last: unknown;
  let held: DeepPartial<z.output<S>> | undefined;
  try {
    for (;;) {
      const next = events.next();
      // Only a held snapshot needs to know whether the next event is already there.
      let step = held === undefined ? await next : await withinTurn(next);
      if (step === NOT_YET) {
        const shown = held;
        held = undefined;
        if (shown !== undefined) yield shown;
        step = await next;
      }
      if (step.done === true) return;
      const event = step.value;
      if (event.type === "partial") {
        if (event.snapshot === last) continue;
        if (held !== undefined) yield held;
        last = event.snapshot;
        held = event.snapshot;
      } else if (event.type === "final") {
        yield asPartial<z.output<S>>(event.value);
        return;
      } else if (event.type === "error") {
        // No value follows: what the answer showed so far is still worth seeing before the error.
        if (held !== undefined) yield held;
        throw event.error;
      }
    }
  } finally {
    await events.return();
  }
}
