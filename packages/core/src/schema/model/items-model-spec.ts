import type { ValidationIssue } from "../../types/validation-issue.js";
import { isRecord } from "../strict/schema-node.js";
import type { ModelSpec, Verdict } from "./model-spec.js";
import { nestJsonSchema } from "./nest-json-schema.js";

/** The property of the object `generateIterable` asks for that holds the elements. */
export const ITEMS_KEY = "items";

/** element spec -> its items spec; weak, so nothing is kept alive. */
const cache = new WeakMap<ModelSpec<unknown>, ModelSpec<unknown[]>>();

/**
 * The spec of `{ "items": [element, …] }`, closed, for `generateIterable`: each element is
 * checked by `element` (issues at `items[i]…`). One spec per element spec, so the adapter-schema
 * cache, keyed by spec, hits on every call.
 */
export function itemsModelSpec<T>(element: ModelSpec<T>): ModelSpec<T[]> {
  const cached = cache.get(element);
  // Sound: the entry for `element` was built from `element` below, so its items are `T`.
  if (cached !== undefined) return cached as ModelSpec<T[]>;
  const spec: ModelSpec<T[]> = {
    jsonSchema: nestJsonSchema(element.jsonSchema, (node) => ({
      type: "object",
      properties: { [ITEMS_KEY]: { type: "array", items: node } },
      required: [ITEMS_KEY],
      additionalProperties: false,
    })),
    wrapped: false,
    name: "Response",
    description: undefined,
    check: (value) => checkItems(element, value),
  };
  cache.set(element, spec);
  return spec;
}

async function checkItems<T>(element: ModelSpec<T>, value: unknown): Promise<Verdict<T[]>> {
  const items = isRecord(value) ? value[ITEMS_KEY] : undefined;
  if (!Array.isArray(items)) {
    return {
      success: false,
      issues: [
        { message: `Expected an array of elements under "${ITEMS_KEY}"`, path: [ITEMS_KEY] },
      ],
    };
  }
  const data: T[] = [];
  const issues: ValidationIssue[] = [];
  for (const [index, item] of items.entries()) {
    const verdict = await element.check(item);
    if (verdict.success) data.push(verdict.data);
    else issues.push(...verdict.issues.map((issue) => atItem(issue, index)));
  }
  return issues.length === 0 ? { success: true, data } : { success: false, issues };
}

function atItem(issue: ValidationIssue, index: number): ValidationIssue {
  return { ...issue, path: [ITEMS_KEY, index, ...issue.path] };
}
