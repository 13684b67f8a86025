import { canonicalJson } from "../../cache/canonical-json.js";
import { type SchemaIssue, UnsupportedSchemaError } from "../../errors/unsupported-schema-error.js";
import type { JsonSchema } from "../../types/json-schema.js";
import type { Mode } from "../../types/mode.js";
import { showPointer } from "./json-pointer.js";
import type { StrictDialect } from "./strict-dialect.js";
import { strictLimitIssues } from "./strict-limit-issues.js";
import { StrictRewriter } from "./strict-rewriter.js";

/** What {@link rewriteStrictJsonSchema} found: the rewritten schema and every issue. */
export interface StrictRewrite {
  /** The schema in the dialect; only a best effort when `issues` is not empty. */
  readonly schema: JsonSchema;
  /** Every construct the dialect cannot take, in document order; empty when it fits. */
  readonly issues: readonly SchemaIssue[];
}

/** The mode being prepared and the adapter's modes, for the error. */
export interface StrictTarget {
  readonly mode: Mode;
  readonly supportedModes: readonly Mode[];
}

/**
 * Rewrites `schema` (JSON Schema as zod 4 writes it) into `dialect` and reports, instead of
 * throwing, every construct it cannot take. Size limits are checked once the rewrite itself
 * found nothing. The input is not modified.
 *
 * @example
 * ```ts
 * const { schema, issues } = rewriteStrictJsonSchema(toJsonSchema(User), dialect);
 * for (const { pointer, problem } of issues) console.warn(`${pointer}: ${problem}`);
 * ```
 */
export function rewriteStrictJsonSchema(schema: JsonSchema, dialect: StrictDialect): StrictRewrite {
  const rewriter = new StrictRewriter(schema, dialect);
  const strict = rewriter.document();
  const issues = rewriter.issues.length > 0 ? rewriter.issues : strictLimitIssues(strict, dialect);
  return { schema: strict, issues };
}

/**
 * Rewrites `schema` into a provider's strict dialect, for an adapter's `transformSchema`: every
 * object closed (`additionalProperties: false`) and fully `required`, an optional property made
 * nullable (core maps a `null` answer back to an absent property before validation, see
 * {@link dropNullOptionals}), `oneOf` written as `anyOf`, and the dialect's own keyword rules
 * and limits applied. The input is not modified.
 *
 * @throws UnsupportedSchemaError naming every issue with its JSON Pointer (`pointer` is the
 *   first), before any request is sent.
 *
 * @example
 * ```ts
 * const adapter: ProviderAdapter = {
 *   // …
 *   transformSchema: (schema, mode) =>
 *     mode === Mode.JSON_SCHEMA ? toStrictJsonSchema(schema, acmeDialect, { mode, supportedModes }) : schema,
 * };
 * toStrictJsonSchema(toJsonSchema(z.object({ nick: z.string().optional() })), acmeDialect, target);
 * // { type: "object", properties: { nick: { anyOf: [{ type: "string" }, { type: "null" }] } },
 * //   required: ["nick"], additionalProperties: false }
 * ```
 */
export function toStrictJsonSchema(
  schema: JsonSchema,
  dialect: StrictDialect,
  target: StrictTarget,
): JsonSchema {
  const { schema: strict, issues } = rewriteStrictJsonSchema(schema, dialect);
  const [first, ...rest] = issues;
  if (first === undefined) return strict;
  throw new UnsupportedSchemaError(issuesMessage(dialect, issues), {
    ...target,
    provider: dialect.provider,
    issues: [first, ...rest],
  });
}

/**
 * True when `schema` is already in `dialect`, as it is: the strict rewrite finds no issue and
 * changes nothing. For deciding whether a schema sent unchanged may carry a provider's `strict`
 * flag.
 *
 * @example
 * ```ts
 * const strict = isStrictJsonSchema(request.schema.jsonSchema, acmeDialect);
 * ```
 */
export function isStrictJsonSchema(schema: JsonSchema, dialect: StrictDialect): boolean {
  const { schema: strict, issues } = rewriteStrictJsonSchema(schema, dialect);
  return issues.length === 0 && canonicalJson(strict) === canonicalJson(schema);
}

function issuesMessage(dialect: StrictDialect, issues: readonly SchemaIssue[]): string {
  const lines = issues.map(({ problem, pointer }) => `${problem} (at ${showPointer(pointer)})`);
  const advice = [dialect.docs === undefined ? undefined : `See ${dialect.docs}.`, dialect.hint]
    .filter((part) => part !== undefined)
    .join(" ");
  if (lines.length === 1) {
    const head = `${dialect.label} cannot take this schema: ${lines[0]}.`;
    return advice === "" ? head : `${head} ${advice}`;
  }
  const head = `${dialect.label} cannot take this schema (${lines.length} problems):\n- ${lines.join("\n- ")}`;
  return advice === "" ? head : `${head}\n${advice}`;
}
