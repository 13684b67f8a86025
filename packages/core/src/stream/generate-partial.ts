import type { InstructorContext } from "../instructor/instructor-context.js";
import { prepareCall, responseSpec } from "../instructor/prepare-call.js";
import { traced } from "../instructor/traced.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import { unwrapSnapshot } from "../schema/model/root-wrapper.js";
import { createNullOptionalsDropper } from "../schema/strict/drop-null-optionals.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type { GenerateParams } from "../types/instructor.js";
import type { PartialResponseOf, ResponseInputOf, ResponseModel } from "../types/response-model.js";
import { streamAttempts } from "./stream-attempts.js";

/**
 * `Instructor.generatePartial`: streams the answer and yields a snapshot each time its visible
 * value changes, then the validated value (the schema's output) as the last yield. To keep the
 * whole stream linear, a snapshot that would copy a very wide container (thousands of elements)
 * waits until enough new text has arrived to pay for it (`PartialJsonParser.snapshotDue`);
 * ordinary answers get a snapshot per changing chunk.
 *
 * The newest snapshot is held back until the stream shows it is not the last one: a newer
 * snapshot arrives, or the provider pauses (its next part is not there within one event-loop
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
  const model = responseSpec(context, params);
  const call = prepareCall(context, params, model, true);
  const attempts = streamAttempts(call, () => createPartialJsonParser(call.limits), {
    reportPauses: true,
  });
  const shown = snapshotView(model);
  let last: unknown;
  let held: unknown;
  try {
    for await (const event of attempts) {
      if (event.type === "result") {
        yield event.result.value;
        return;
      }
      if (event.type === "pause") {
        if (held !== undefined) yield asPartial<ResponseInputOf<S>>(held);
        held = undefined;
        continue;
      }
      if (!event.parser.snapshotDue) continue;
      const snapshot = shown(event.parser.snapshot());
      if (snapshot === undefined || snapshot === last) continue;
      if (held !== undefined) yield asPartial<ResponseInputOf<S>>(held);
      last = snapshot;
      held = snapshot;
    }
  } catch (error) {
    // No value follows: what the answer showed so far is still worth seeing before the error.
    if (held !== undefined) yield asPartial<ResponseInputOf<S>>(held);
    throw error;
  }
}

/**
 * What a raw parser snapshot shows the caller: the wrapped root's inner value, without the
 * nulls that stand for absent optional properties (memoised across snapshots, so unchanged
 * subtrees keep their identity).
 */
function snapshotView(model: ModelSpec<unknown>): (snapshot: unknown) => unknown {
  const drop = createNullOptionalsDropper(model.jsonSchema);
  return (snapshot) => {
    const inner = model.wrapped ? unwrapSnapshot(snapshot) : snapshot;
    return inner === undefined ? undefined : drop(inner);
  };
}

/**
 * The one place a parsed value takes the schema's partial type: snapshots are unvalidated JSON
 * following the schema's JSON Schema (the input side), which TypeScript cannot check.
 */
function asPartial<T>(value: unknown): DeepPartial<T> {
  return value as DeepPartial<T>;
}
