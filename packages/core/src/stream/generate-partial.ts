import type { z } from "zod";
import { generateWithCompletion } from "../instructor/generate-with-completion.js";
import type { InstructorContext } from "../instructor/instructor-context.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type { GenerateParams } from "../types/instructor.js";

/**
 * `Instructor.generatePartial`, minimal form: one whole completion, validated and re-asked like
 * `generate`, yielded once as the final snapshot (a complete value is a valid partial one).
 */
export async function* generatePartial<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<DeepPartial<z.output<S>>> {
  const { data } = await generateWithCompletion(context, params);
  // A complete value is a valid snapshot; TS cannot see that through the generic DeepPartial.
  yield data as DeepPartial<z.output<S>>;
}
