import type { GenerateContentResponse, GoogleGenAI } from "@google/genai";
import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import { type GoogleAdapterOptions, googleAdapter } from "./google-adapter.js";

/** Options of {@link fromGoogle}: the instructor's, and the adapter's beside them. */
export type FromGoogleOptions = Omit<InstructorOptions, "adapter"> &
  Omit<GoogleAdapterOptions, "defaultMode">;

/**
 * A structured-output client over a `@google/genai` client (the Gemini API, or Vertex AI),
 * JSON_SCHEMA by default (`mode` picks another). The adapter's options (`capabilities`,
 * `includeThoughts`, `fetch`) go beside the instructor's.
 *
 * ```ts
 * const instructor = fromGoogle(new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY }));
 * const user = await instructor.generate({ responseModel: User, model: "gemini-2.5-flash", prompt });
 * ```
 */
export function fromGoogle(
  client: GoogleGenAI,
  options: FromGoogleOptions = {},
): Instructor<GenerateContentResponse> {
  const { capabilities, includeThoughts, fetch, ...rest } = options;
  const adapter = googleAdapter(client, {
    ...(capabilities === undefined ? {} : { capabilities }),
    ...(includeThoughts === undefined ? {} : { includeThoughts }),
    ...(fetch === undefined ? {} : { fetch }),
  });
  return createInstructor({ ...rest, adapter });
}
