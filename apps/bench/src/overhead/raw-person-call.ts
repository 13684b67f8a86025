import { isDeepStrictEqual } from "node:util";
import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { transformCerebrasSchema } from "@instr/cerebras";
import { Mode, toJsonSchema } from "@instr/core";
import { PERSON_PROMPT, Person } from "../fixtures/person.js";

/** The model id of the per-call benchmarks. */
export const OVERHEAD_MODEL = "llama3.1-8b";
/** What instr names a response model without an id or title, and its JSON_SCHEMA instruction. */
const SCHEMA_NAME = "Response";
const INSTRUCTION = `Answer with JSON that follows the "${SCHEMA_NAME}" schema.`;

/**
 * The raw SDK side of the per-call benchmarks: the request body instr's `generate` sends for
 * `Person` in JSON_SCHEMA mode, written by hand, and a `JSON.parse` of the content.
 */
export function rawPersonCall(client: Cerebras): () => Promise<unknown> {
  const schema = transformCerebrasSchema(toJsonSchema(Person), Mode.JSON_SCHEMA, [
    Mode.JSON_SCHEMA,
  ]);
  return async () => {
    const completion = await client.chat.completions.create({
      model: OVERHEAD_MODEL,
      messages: [
        { role: "system", content: INSTRUCTION },
        { role: "user", content: PERSON_PROMPT },
      ],
      response_format: {
        type: "json_schema",
        json_schema: { name: SCHEMA_NAME, schema, strict: true },
      },
      stream: false,
    });
    // The SDK types one union for completions, chunks and errors: what a raw caller narrows.
    if (!("object" in completion) || completion.object !== "chat.completion") {
      throw new Error("raw SDK call returned no chat.completion");
    }
    const content = completion.choices[0]?.message.content;
    if (typeof content !== "string") throw new Error("raw SDK call returned no content");
    return JSON.parse(content);
  };
}

/**
 * Throws unless the two request bodies (one raw call's, then one `generate`'s) are the same JSON:
 * the comparison is only fair when both sides ask for the same thing.
 */
export function assertSameBodies([rawBody, oursBody]: readonly unknown[]): void {
  if (rawBody === undefined || !isDeepStrictEqual(rawBody, oursBody)) {
    throw new Error(
      `the raw SDK call and generate sent different bodies:\nraw:   ${JSON.stringify(rawBody)}\ninstr: ${JSON.stringify(oursBody)}`,
    );
  }
}
