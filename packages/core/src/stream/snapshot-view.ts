import type { StreamShapeEvent } from "../instructor-types/stream-event.js";
import { ITEMS_KEY } from "../schema/model/items-model-spec.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import { unwrapSnapshot } from "../schema/model/root-wrapper.js";
import { createNullOptionalsDropper } from "../schema/strict/drop-null-optionals.js";
import { nullOptionalsSchema } from "../schema/strict/null-optionals-schema.js";

/**
 * The `shape` event of a call of `model`: how its snapshots follow from the answer text, or
 * `undefined` when they are the text parsed as it is (an object root without droppable nulls).
 */
export function answerShape(model: ModelSpec<unknown>): StreamShapeEvent | undefined {
  const nullOptionals = nullOptionalsSchema(model.jsonSchema);
  if (!model.wrapped && nullOptionals === undefined) return undefined;
  return { type: "shape", wrapped: model.wrapped, nullOptionals };
}

/**
 * What a raw parser snapshot shows the caller under `shape` (none: the snapshot itself), typed
 * `P`: the wrapped root's inner value, without the nulls that stand for absent optional
 * properties (memoised across snapshots, so unchanged subtrees keep their identity). `undefined`
 * while nothing is visible yet. The server's `generateStream` and the browser's `readEventStream`
 * both build their snapshots with it, from the same `shape`.
 */
export function snapshotView<P>(
  shape: StreamShapeEvent | undefined,
): (snapshot: unknown) => P | undefined {
  const wrapped = shape?.wrapped === true;
  const nulls = shape?.nullOptionals;
  const drop = nulls === undefined ? undefined : createNullOptionalsDropper(nulls);
  return (snapshot) => {
    const inner = wrapped ? unwrapSnapshot(snapshot) : snapshot;
    if (inner === undefined) return undefined;
    return asSnapshot<P>(drop === undefined ? inner : drop(inner));
  };
}

/**
 * The one place a parsed value takes the schema's partial type: snapshots are unvalidated JSON
 * following the schema's JSON Schema (the input side), which TypeScript cannot check.
 */
function asSnapshot<P>(value: unknown): P {
  return value as P;
}

/**
 * What an iterable call's completed element shows under `shape`: the element the parser
 * completed, without the nulls that stand for absent optional properties, as the server's
 * validated element has them. The shape describes the whole `{ items: [...] }` answer, so the
 * element is restored in that place (its own dropper: the snapshots' memo stays theirs).
 */
export function elementView(shape: StreamShapeEvent | undefined): (element: unknown) => unknown {
  const nulls = shape?.nullOptionals;
  if (nulls === undefined) return (element) => element;
  const drop = createNullOptionalsDropper(nulls);
  return (element) => {
    const restored = drop({ [ITEMS_KEY]: [element] });
    // The dropper keeps the structure it is given: an object whose items hold the one element.
    const items =
      typeof restored === "object" && restored !== null
        ? Reflect.get(restored, ITEMS_KEY)
        : undefined;
    return Array.isArray(items) ? items[0] : element;
  };
}
