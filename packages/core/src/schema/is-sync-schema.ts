import { z } from "zod";

/** Schema kinds that hold no code of the caller's and no nested schema. */
const LEAVES: ReadonlySet<string> = new Set([
  "string",
  "number",
  "boolean",
  "bigint",
  "symbol",
  "null",
  "undefined",
  "void",
  "never",
  "any",
  "unknown",
  "date",
  "nan",
  "enum",
  "literal",
  "template_literal",
  "file",
]);

/**
 * Built-in check kinds, none of which can return a promise (`custom` is `refine`/`superRefine`;
 * `overwrite` and custom string formats run the caller's function synchronously on both paths).
 */
const SYNC_CHECKS: ReadonlySet<string> = new Set([
  "string_format",
  "number_format",
  "bigint_format",
  "greater_than",
  "less_than",
  "multiple_of",
  "min_length",
  "max_length",
  "length_equals",
  "min_size",
  "max_size",
  "size_equals",
  "mime_type",
  "overwrite",
  "describe",
  "meta",
]);

const cache = new WeakMap<z.core.$ZodType, boolean>();

/**
 * True when validating with `schema` can never meet a promise: it is built only from the kinds
 * and checks above, so zod's synchronous `safeParse` gives exactly what `safeParseAsync` gives,
 * and takes zod's compiled fast path for objects (which the async parse skips). Anything that may
 * run the caller's code during a parse and return a promise — `refine`, `superRefine`,
 * `transform`, `z.custom`, `z.lazy`, `z.promise`, or a kind not listed — makes it false.
 *
 * Reads only the schema's definition (no parse, no `.default()` function, no refinement runs),
 * once per schema object (cached weakly); a recursive schema terminates.
 */
export function isSyncSchema(schema: z.core.$ZodType): boolean {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  // Assumed sync while its children are read, so a cycle back to it adds nothing.
  cache.set(schema, true);
  const sync = ownChecksSync(schema) && (nestedSchemas(schema)?.every(isSyncSchema) ?? false);
  cache.set(schema, sync);
  return sync;
}

function ownChecksSync(schema: z.core.$ZodType): boolean {
  return (schema._zod.def.checks ?? []).every((check) => SYNC_CHECKS.has(check._zod.def.check));
}

/** The schemas `schema` validates with; `undefined` for a kind that may run async code. */
function nestedSchemas(schema: z.core.$ZodType): readonly z.core.$ZodType[] | undefined {
  if (LEAVES.has(schema._zod.def.type)) return [];
  if (schema instanceof z.core.$ZodObject) {
    const { shape, catchall } = schema._zod.def;
    const fields: z.core.$ZodType[] = Object.values(shape);
    if (catchall !== undefined) fields.push(catchall);
    return fields;
  }
  if (schema instanceof z.core.$ZodArray) return [schema._zod.def.element];
  if (schema instanceof z.core.$ZodTuple) {
    const { items, rest } = schema._zod.def;
    return rest === null ? items : [...items, rest];
  }
  if (schema instanceof z.core.$ZodUnion) return schema._zod.def.options;
  if (schema instanceof z.core.$ZodIntersection) {
    return [schema._zod.def.left, schema._zod.def.right];
  }
  if (schema instanceof z.core.$ZodRecord || schema instanceof z.core.$ZodMap) {
    return [schema._zod.def.keyType, schema._zod.def.valueType];
  }
  if (schema instanceof z.core.$ZodSet) return [schema._zod.def.valueType];
  if (schema instanceof z.core.$ZodPipe) return [schema._zod.def.in, schema._zod.def.out];
  if (
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodNullable ||
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault ||
    schema instanceof z.core.$ZodNonOptional ||
    schema instanceof z.core.$ZodReadonly ||
    schema instanceof z.core.$ZodCatch ||
    schema instanceof z.core.$ZodSuccess
  ) {
    return [schema._zod.def.innerType];
  }
  return undefined;
}
