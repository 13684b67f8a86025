import type Anthropic from "@anthropic-ai/sdk";
import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import { anthropicAdapter } from "./anthropic-adapter.js";

/**
 * A structured-output client over an `@anthropic-ai/sdk` client; `generateWithCompletion()`
 * gives the SDK's `Message`. For adapter options, use
 * `createInstructor({ adapter: anthropicAdapter(client, adapterOptions), ...options })`.
 *
 * ```ts
 * const instructor = fromAnthropic(new Anthropic());
 * const user = await instructor.generate({ responseModel: User, model: "claude-sonnet-4-5", prompt });
 * ```
 */
export function fromAnthropic(
  client: Anthropic,
  options: Omit<InstructorOptions, "adapter"> = {},
): Instructor<Anthropic.Message> {
  return createInstructor({ ...options, adapter: anthropicAdapter(client) });
}
