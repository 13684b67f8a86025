import type { JsonSchema } from "../../types/json-schema.js";
import { isRecord, resolveLocalRef } from "../strict/schema-node.js";
import { nestJsonSchema } from "./nest-json-schema.js";

/** The one property of the object a non-object root is sent in. */
export const WRAPPER_KEY = "value";

/**
 * True when `schema` cannot be sent as it is: providers (tool parameters, strict JSON Schema
 * modes) want an object at the root, so an enum, literal, scalar, array, union, nullable or
 * untyped root — anything but a plain `type: "object"`, directly or through a root `$ref` — is
 * wrapped. One rule for every mode and adapter keeps prompts, re-asks and cached answers alike.
 * A record is an object and is sent as it is: a strict dialect that cannot take records rejects
 * them wherever they stand, so wrapping would not help.
 */
export function needsWrapper(schema: JsonSchema): boolean {
  const root = typeof schema.$ref === "string" ? resolveLocalRef(schema, schema.$ref) : schema;
  return !(
    root !== undefined &&
    root.type === "object" &&
    !["anyOf", "oneOf", "allOf", "not", "if"].some((keyword) => keyword in root)
  );
}

/** `{ type: "object", properties: { value: schema }, required: ["value"] }`, closed. */
export function wrapJsonSchema(schema: JsonSchema): JsonSchema {
  return nestJsonSchema(schema, (node) => ({
    type: "object",
    properties: { [WRAPPER_KEY]: node },
    required: [WRAPPER_KEY],
    additionalProperties: false,
  }));
}

/** What {@link unwrapAnswer} found. */
export type Unwrapped = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/**
 * The value inside a wrapped answer: an object whose only property is `value`. Anything else is
 * not the shape the model was asked for (`ok: false`).
 */
export function unwrapAnswer(answer: unknown): Unwrapped {
  if (!isRecord(answer) || !Object.hasOwn(answer, WRAPPER_KEY)) return { ok: false };
  if (Object.keys(answer).length !== 1) return { ok: false };
  return { ok: true, value: answer[WRAPPER_KEY] };
}

/**
 * The inner value of a streamed snapshot of a wrapped answer so far (`undefined` while the
 * `value` property has not started).
 */
export function unwrapSnapshot(snapshot: unknown): unknown {
  return isRecord(snapshot) && Object.hasOwn(snapshot, WRAPPER_KEY)
    ? snapshot[WRAPPER_KEY]
    : undefined;
}

/** The message of the issue reported when an answer is not wrapped as asked. */
export const UNWRAPPED_MESSAGE = `Expected a JSON object with exactly one property "${WRAPPER_KEY}" holding the answer`;
