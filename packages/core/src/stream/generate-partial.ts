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
 * Snapshots follow DESIGN.md "Partial JSON values" and share structure: each one copies only the
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
  let last: unknown;
  for await (const event of streamAttempts(call, () => createPartialJsonParser())) {
    if (event.type === "result") {
      yield asPartial<z.output<S>>(event.result.value);
      return;
    }
    if (!event.parser.snapshotDue) continue;
    const snapshot = event.parser.snapshot();
    if (snapshot !== undefined && snapshot !== last) {
      last = snapshot;
      yield asPartial<z.output<S>>(snapshot);
    }
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
