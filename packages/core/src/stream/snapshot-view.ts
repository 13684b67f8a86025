import type { ModelSpec } from "../schema/model/model-spec.js";
import { unwrapSnapshot } from "../schema/model/root-wrapper.js";
import { createNullOptionalsDropper } from "../schema/strict/drop-null-optionals.js";

/**
 * What a raw parser snapshot shows the caller, typed `P`: the wrapped root's inner value, without
 * the nulls that stand for absent optional properties (memoised across snapshots, so unchanged
 * subtrees keep their identity). `undefined` while nothing is visible yet.
 */
export function snapshotView<P>(model: ModelSpec<unknown>): (snapshot: unknown) => P | undefined {
  const drop = createNullOptionalsDropper(model.jsonSchema);
  return (snapshot) => {
    const inner = model.wrapped ? unwrapSnapshot(snapshot) : snapshot;
    return inner === undefined ? undefined : asSnapshot<P>(drop(inner));
  };
}

/**
 * The one place a parsed value takes the schema's partial type: snapshots are unvalidated JSON
 * following the schema's JSON Schema (the input side), which TypeScript cannot check.
 */
function asSnapshot<P>(value: unknown): P {
  return value as P;
}
