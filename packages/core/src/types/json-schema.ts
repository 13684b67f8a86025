/** A JSON Schema document (draft 2020-12 as produced by zod 4), as a plain JSON object. */
export type JsonSchema = { [key: string]: unknown };
