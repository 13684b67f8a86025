import type { SchemaIssue } from "../../errors/unsupported-schema-error.js";
import type { JsonSchema } from "../../types/json-schema.js";
import { childPointer } from "./json-pointer.js";
import { admitsNull, isRecord } from "./schema-node.js";
import { splitTypeArray } from "./split-type-array.js";
import type { StrictDialect } from "./strict-dialect.js";

/** Keywords the rewriter handles itself (unless the dialect rejects them). */
const structural = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "anyOf",
  "oneOf",
  "$ref",
  "$defs",
]);

/**
 * One rewrite of a schema into a strict dialect. It does not stop at the first problem: every
 * issue is collected with its JSON Pointer (the rewritten schema is then only a best effort),
 * so one error can name them all. Never modifies its input.
 */
export class StrictRewriter {
  readonly issues: SchemaIssue[] = [];

  constructor(
    private readonly root: JsonSchema,
    private readonly dialect: StrictDialect,
  ) {}

  /** The whole document: the root node and its `$defs`. */
  document(): JsonSchema {
    const { root } = this;
    if (this.dialect.objectRoot) {
      if (Array.isArray(root.type) || "anyOf" in root || "oneOf" in root) {
        this.report("the root must be an object; root unions are not supported", "");
      } else if (root.type !== "object") {
        this.report('the root must be an object (`type: "object"`), e.g. a z.object', "");
      }
    }
    const { $defs, ...rest } = root;
    const out = this.node(rest, "");
    if ($defs === undefined) return out;
    if (!isRecord($defs)) {
      this.report("`$defs` must be an object", "/$defs");
      return out;
    }
    out.$defs = Object.fromEntries(
      Object.entries($defs).map(([name, def]) => [
        name,
        this.node(def, childPointer("/$defs", name)),
      ]),
    );
    return out;
  }

  private report(problem: string, pointer: string): void {
    this.issues.push({ pointer, problem });
  }

  private node(value: unknown, pointer: string): JsonSchema {
    if (!isRecord(value)) {
      this.report(`a boolean schema (\`${String(value)}\`) is not supported`, pointer);
      return {};
    }
    if (Array.isArray(value.type) && this.dialect.typeArrays === "anyOf") {
      return this.node(splitTypeArray(value, value.type), pointer);
    }
    const { keywords } = this.dialect;
    const node: JsonSchema = {};
    const out: JsonSchema = {};
    const hints: string[] = [];
    let rejectedHere = false;
    for (const [key, keyword] of Object.entries(value)) {
      const rejection = keywords.rejected.get(key);
      if (rejection !== undefined) {
        this.report(rejection, childPointer(pointer, key));
        rejectedHere = true;
        continue;
      }
      node[key] = keyword;
      if (structural.has(key) || keywords.dropped?.has(key)) continue;
      if (keywords.described?.includes(key)) hints.push(hint(value, key));
      else if (keywords.kept === "all" || keywords.kept.has(key)) out[key] = keyword;
      else
        this.report(
          `the keyword \`${key}\` is not in the strict subset`,
          childPointer(pointer, key),
        );
    }
    if ("type" in node) out.type = node.type;
    if (isRecord(out.const) || Array.isArray(out.const)) {
      this.report(
        "`const` must be a string, number, boolean or null",
        childPointer(pointer, "const"),
      );
    }
    if ("$defs" in node) {
      this.report("`$defs` is only supported at the root", childPointer(pointer, "$defs"));
    }
    if ("$ref" in node) this.ref(node.$ref, childPointer(pointer, "$ref"), out);
    this.union(node, pointer, out);
    if (hasType(node, "object") || "properties" in node) this.object(node, pointer, out);
    if (hasType(node, "array") || "items" in node || "prefixItems" in node) {
      this.array(node, "prefixItems" in value, pointer, out);
    }
    // Judged on the input: a `$ref` or union reported above is not untyped as well.
    const constrained = ["type", "$ref", "anyOf", "oneOf", "enum", "const"].some(
      (key) => key in node,
    );
    if (!constrained && !rejectedHere) {
      this.report("a schema without a type accepts any value (z.any / z.unknown)", pointer);
    }
    const described = hints.filter((h) => h !== "");
    if (described.length > 0) out.description = describe(out.description, described);
    return out;
  }

  private ref(ref: unknown, pointer: string, out: JsonSchema): void {
    const problem = refProblem(ref, this.dialect.recursion);
    if (problem === undefined) out.$ref = ref;
    else this.report(problem, pointer);
  }

  /** `anyOf` stays, `oneOf` becomes `anyOf` (strict dialects take only that union). */
  private union(node: JsonSchema, pointer: string, out: JsonSchema): void {
    if ("anyOf" in node && "oneOf" in node) {
      this.report(
        "`anyOf` and `oneOf` on one node are not supported",
        childPointer(pointer, "oneOf"),
      );
    }
    for (const key of ["anyOf", "oneOf"]) {
      if (!(key in node)) continue;
      const branches = node[key];
      const at = childPointer(pointer, key);
      if (!Array.isArray(branches) || branches.length === 0) {
        this.report("a union needs a non-empty array of schemas", at);
      } else {
        out.anyOf = branches.map((branch, i) => this.node(branch, childPointer(at, i)));
      }
    }
  }

  private object(node: JsonSchema, pointer: string, out: JsonSchema): void {
    const { properties = {}, required = [], additionalProperties } = node;
    if (additionalProperties !== undefined && additionalProperties !== false) {
      this.report(
        "objects must set `additionalProperties: false` (records and catch-alls are not supported)",
        childPointer(pointer, "additionalProperties"),
      );
    }
    if (!isRecord(properties)) {
      this.report("`properties` must be an object", childPointer(pointer, "properties"));
    }
    const requiredNames = new Set(Array.isArray(required) ? required : []);
    const strict: JsonSchema = {};
    for (const [name, property] of Object.entries(isRecord(properties) ? properties : {})) {
      const node = this.node(property, childPointer(pointer, "properties", name));
      // Every property must be required: an optional one may be null instead, which
      // `dropNullOptionals` maps back to an absent property before validation.
      const optional = !requiredNames.has(name);
      strict[name] =
        optional && isRecord(property) && !admitsNull(property, this.root)
          ? orNull(node, this.dialect.typeArrays)
          : node;
    }
    out.type ??= "object";
    out.properties = strict;
    out.required = Object.keys(strict);
    out.additionalProperties = false;
  }

  private array(node: JsonSchema, tuple: boolean, pointer: string, out: JsonSchema): void {
    const { items, prefixItems } = node;
    const itemsAt = childPointer(pointer, "items");
    out.type ??= "array";
    if (prefixItems !== undefined) {
      const at = childPointer(pointer, "prefixItems");
      if (Array.isArray(prefixItems)) {
        out.prefixItems = prefixItems.map((item, i) => this.node(item, childPointer(at, i)));
      } else {
        this.report("`prefixItems` must be an array", at);
      }
      if (items === undefined)
        this.report("a tuple must end with `items: false` or an item schema", pointer);
      else out.items = items === false ? false : this.node(items, itemsAt);
      return;
    }
    // A tuple whose `prefixItems` the dialect rejected has been reported already.
    if (tuple) return;
    if (items === undefined) {
      this.report("arrays need an item schema (`items`)", pointer);
    } else if (Array.isArray(items)) {
      this.report("array-form `items` is not supported; use `prefixItems`", itemsAt);
    } else {
      out.items = this.node(items, itemsAt);
    }
  }
}

/** Why a `$ref` is not allowed, if it is not. */
function refProblem(ref: unknown, recursion: boolean): string | undefined {
  if (typeof ref !== "string") return "`$ref` must be a string";
  // `#` is the root: a reference to it is recursion (the limit check finds `$defs` cycles).
  if (ref === "#") return recursion ? undefined : "recursive schemas are not supported";
  if (ref.startsWith("#/$defs/")) return undefined;
  return `only local \`#/$defs/…\` references are supported, not \`${ref}\``;
}

function hasType(node: JsonSchema, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

/**
 * `node` that admits null too: a simple type gains `"null"` when the dialect keeps type arrays,
 * a plain union gains a null branch, anything else is wrapped in one.
 */
function orNull(node: JsonSchema, typeArrays: StrictDialect["typeArrays"]): JsonSchema {
  const nullBranch = { type: "null" };
  const { type, anyOf } = node;
  const valueList = "enum" in node || "const" in node;
  if (typeArrays === "keep" && !valueList) {
    if (typeof type === "string") return { ...node, type: [type, "null"] };
    if (Array.isArray(type)) return { ...node, type: [...type, "null"] };
  }
  const plainUnion = !("type" in node || "$ref" in node || valueList);
  if (Array.isArray(anyOf) && plainUnion) return { ...node, anyOf: [...anyOf, nullBranch] };
  return { anyOf: [node, nullBranch] };
}

/** A readable note for a described constraint; a `pattern` derived from a `format` adds nothing. */
function hint(node: JsonSchema, key: string): string {
  if (key === "pattern" && "format" in node) return "";
  return `${key}: ${String(node[key])}`;
}

function describe(description: unknown, hints: readonly string[]): string {
  const note = `(${hints.join(", ")})`;
  return typeof description === "string" && description !== "" ? `${description} ${note}` : note;
}
