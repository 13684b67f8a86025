import type { z } from "zod";
import { isSyncSchema } from "./is-sync-schema.js";
import { dropNullOptionals } from "./strict/drop-null-optionals.js";
import { toJsonSchema } from "./to-json-schema.js";

/** What {@link parseAnswer} judged: zod's result and the value it judged. */
export interface ParsedAnswer<T> {
  readonly result: z.ZodSafeParseResult<T>;
  /** The answer as validated: the parsed JSON, or it without the nulls of optional properties. */
  readonly value: unknown;
}

/**
 * Validates a model's parsed answer against `schema`, reading a strict dialect's `null` for an
 * optional property as "absent". The answer is validated as written first, so a null the schema
 * accepts is never dropped; only when that fails and {@link dropNullOptionals} finds nulls that
 * the schema surely rejects is the answer validated again without them (an `.optional()` field
 * then comes back absent, a `.default()` field gets its default). Failing both, the result is the
 * second one: its issues are the ones the model has to fix.
 *
 * A schema that can never meet a promise ({@link isSyncSchema}) is parsed synchronously: the
 * same result, through zod's compiled fast path, which an async parse skips.
 */
export async function parseAnswer<S extends z.ZodType>(
  schema: S,
  answer: unknown,
): Promise<ParsedAnswer<z.output<S>>> {
  const result = await safeParse(schema, answer);
  if (result.success) return { result, value: answer };
  const restored = dropNullOptionals(answer, toJsonSchema(schema));
  if (restored === answer) return { result, value: answer };
  return { result: await safeParse(schema, restored), value: restored };
}

function safeParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.ZodSafeParseResult<z.output<S>> | Promise<z.ZodSafeParseResult<z.output<S>>> {
  return isSyncSchema(schema) ? schema.safeParse(value) : schema.safeParseAsync(value);
}
