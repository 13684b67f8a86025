import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import type OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import { openaiAdapter } from "./openai-adapter.js";

/**
 * A structured-output client over an `openai` client, for OpenAI or any OpenAI-compatible
 * endpoint. For adapter options (e.g. `provider`), use
 * `createInstructor({ adapter: openaiAdapter(client, adapterOptions), ...options })`.
 *
 * ```ts
 * const instructor = fromOpenAI(new OpenAI(), { mode: Mode.JSON_SCHEMA });
 * const user = await instructor.generate({ responseModel: User, model: "gpt-4o-mini", prompt });
 * ```
 */
export function fromOpenAI(
  client: OpenAI,
  options: Omit<InstructorOptions, "adapter"> = {},
): Instructor<ChatCompletion> {
  return createInstructor({ ...options, adapter: openaiAdapter(client) });
}
