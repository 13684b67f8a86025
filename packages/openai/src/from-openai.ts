import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import type OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { Response } from "openai/resources/responses/responses";
import { openaiAdapter } from "./openai-adapter.js";

/**
 * A structured-output client over an `openai` client, for OpenAI or any OpenAI-compatible
 * endpoint. For adapter options (e.g. `provider`), use
 * `createInstructor({ adapter: openaiAdapter(client, adapterOptions), ...options })`.
 *
 * ```ts
 * const instructor = fromOpenAI(new OpenAI(), { mode: Mode.JSON_SCHEMA });
 * const onResponses = fromOpenAI(new OpenAI(), { api: "responses" }); // the Responses API
 * const user = await instructor.generate({ responseModel: User, model: "gpt-4o-mini", prompt });
 * ```
 */
export function fromOpenAI(
  client: OpenAI,
  options: Omit<InstructorOptions, "adapter"> & { api: "responses" },
): Instructor<Response>;
export function fromOpenAI(
  client: OpenAI,
  options?: Omit<InstructorOptions, "adapter"> & { api?: "chat" },
): Instructor<ChatCompletion>;
export function fromOpenAI(
  client: OpenAI,
  options: Omit<InstructorOptions, "adapter"> & { api?: "chat" | "responses" } = {},
): Instructor<ChatCompletion> | Instructor<Response> {
  const { api, ...rest } = options;
  return api === "responses"
    ? createInstructor({ ...rest, adapter: openaiAdapter(client, { api }) })
    : createInstructor({ ...rest, adapter: openaiAdapter(client) });
}
