import type { LanguageModelV3, LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import {
  type LanguageModelAdapterOptions,
  languageModelAdapter,
} from "./language-model-adapter.js";

/** Options of {@link fromLanguageModel}: the instructor's and the adapter's. */
export interface FromLanguageModelOptions
  extends Omit<InstructorOptions, "adapter">,
    LanguageModelAdapterOptions {}

/**
 * A structured-output client over an AI SDK language model you already configured:
 *
 * ```ts
 * const instructor = fromLanguageModel(groq("llama-3.3-70b-versatile"));
 * const user = await instructor.generate({ responseModel: User, model: "llama-3.3-70b-versatile", prompt });
 * ```
 */
export function fromLanguageModel(
  model: LanguageModelV3,
  options: FromLanguageModelOptions = {},
): Instructor<LanguageModelV3GenerateResult> {
  const {
    provider,
    providerOptionsName,
    supportedModes,
    defaultMode,
    inputKinds,
    apiKey,
    ...instructorOptions
  } = options;
  const adapter = languageModelAdapter(model, {
    ...(provider === undefined ? {} : { provider }),
    ...(providerOptionsName === undefined ? {} : { providerOptionsName }),
    ...(supportedModes === undefined ? {} : { supportedModes }),
    ...(defaultMode === undefined ? {} : { defaultMode }),
    ...(inputKinds === undefined ? {} : { inputKinds }),
    ...(apiKey === undefined ? {} : { apiKey }),
  });
  return createInstructor({ ...instructorOptions, adapter });
}
