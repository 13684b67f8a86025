/**
 * How the model is asked for structured output.
 *
 * - `TOOLS`: one function tool whose parameters are the JSON Schema; the answer is its arguments.
 * - `JSON`: the provider's JSON-object response format, with the schema in the system message.
 * - `JSON_SCHEMA`: the provider's native strict structured output.
 * - `MD_JSON`: the schema in the prompt and the answer in a ```json fence amid free text.
 */
export const Mode = {
  TOOLS: "tools",
  JSON: "json",
  JSON_SCHEMA: "json_schema",
  MD_JSON: "md_json",
} as const;

/** One of the values of {@link Mode}. */
export type Mode = (typeof Mode)[keyof typeof Mode];
