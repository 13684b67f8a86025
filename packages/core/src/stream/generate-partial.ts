import type { InstructorContext } from "../call/instructor-context.js";
import { traced } from "../call/traced.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { PartialResponseOf, ResponseModel } from "../types/response-model.js";
import { valueEvents } from "./generate-stream.js";
import { NOT_YET, withinTurn } from "./within-turn.js";

/**
 * `Instructor.generatePartial`: the `partial` snapshots of `generateStream`, then the validated
 * value (the schema's output) as the last yield; a failed call throws what `generate` would
 * reject with. To keep the whole stream linear, a snapshot that would copy a very wide container
 * (thousands of elements) waits until enough new text has arrived to pay for it
 * (`PartialJsonParser.snapshotDue`); ordinary answers get a snapshot per changing chunk.
 *
 * The newest snapshot is held back until the stream shows it is not the last one: a newer
 * snapshot arrives, or the provider pauses (the next event is not there within one event-loop
 * turn), so a slow stream shows every snapshot at once. When the answer ends while one is held,
 * it is dropped and the validated value, which would usually repeat it, comes next; when the call
 * fails instead, it is yielded before the error.
 *
 * Snapshots are the model's unvalidated JSON so far, typed as the deep-partial INPUT of the
 * schema (no transform has run on them; see docs/schemas.md): a wrapped root shows its inner
 * value, and a strict dialect's `null` standing for an absent optional property is removed as it
 * is from the final value. They share structure: each one copies only the path from the root to
 * what changed, so unchanged subtrees keep their identity (compare by reference); never mutate
 * them. Works in every mode (TOOLS streams the tool-call arguments). When the final answer fails
 * to parse or validate, the call is re-asked like `generate` (same hooks) and streams again:
 * snapshots then start over from the new answer.
 */
export function generatePartial<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<PartialResponseOf<S>> {
  return traced(context, params, "generatePartial", partialSnapshots, traceStream);
}

async function* partialSnapshots<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<PartialResponseOf<S>> {
  const events = valueEvents(context, params);
  let last: unknown;
  let held: PartialResponseOf<S> | undefined;
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
        yield event.value;
        return;
      }
    }
  } catch (error) {
    // No value follows: what the answer showed so far is still worth seeing before the error.
    if (held !== undefined) yield held;
    throw error;
  } finally {
    await events.return();
  }
}
