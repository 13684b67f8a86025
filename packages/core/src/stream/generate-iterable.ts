import { z } from "zod";
import { generateWithCompletion } from "../instructor/generate-with-completion.js";
import type { InstructorContext } from "../instructor/instructor-context.js";
import type { GenerateParams } from "../types/instructor.js";

/**
 * `Instructor.generateIterable`, minimal form: asks for `{ items: Element[] }` in one whole
 * completion, validated and re-asked like `generate`, then yields the elements in order.
 */
export async function* generateIterable<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<z.output<S>> {
  const responseModel = z.object({ items: z.array(params.responseModel) });
  const { data } = await generateWithCompletion(context, { ...params, responseModel });
  yield* data.items;
}
