import { z } from "zod";
import { parseAnswer } from "../schema/parse-answer.js";
import { isStackOverflow } from "../schema/stack-overflow.js";

/** The property of the wrapper object that holds the elements. */
const ITEMS = "items";

/** The wrapper around `element`, as `itemsModel` builds it. */
export type ItemsModel<S extends z.ZodType> = z.ZodObject<{ [ITEMS]: z.ZodArray<S> }>;

/** The value of `itemsModel(element)`. */
export type ItemsOf<S extends z.ZodType> = { [ITEMS]: z.output<S>[] };

/** element schema -> its wrapper; weak, so nothing is kept alive. */
const wrappers = new WeakMap<z.ZodType, ItemsModel<z.ZodType>>();

/**
 * `{ items: element[] }`, one object per element schema: the adapter-schema and JSON Schema
 * caches are keyed by the response model object, so a new wrapper per call would miss them. In
 * every mode the model is asked for this shape (TOOLS and JSON_SCHEMA need an object at the root;
 * one shape for all modes keeps the prompts and re-asks uniform).
 */
export function itemsModel<S extends z.ZodType>(element: S): ItemsModel<S> {
  const cached = wrappers.get(element);
  // Sound: the entry for `element` was built from `element` below, so its items are `S`.
  if (cached !== undefined) return cached as ItemsModel<S>;
  const model = z.object({ [ITEMS]: z.array(element) });
  wrappers.set(element, model);
  return model;
}

/** How the stream finds, checks and lists the elements of a value of type `T`. */
export interface ElementsOf<T, E> {
  /** Where the element array is in the answer (object keys from the root). */
  path: readonly string[];
  /**
   * Validates one element as the whole answer is (it may carry a strict dialect's null for
   * "absent"); `undefined` when it is invalid or validating it overflowed the call stack (the
   * evaluation of the whole answer then reports the typed error).
   */
  check(value: unknown): Promise<{ value: E } | undefined>;
  /** Every element of the validated value. */
  all(value: T): readonly E[];
}

/** The elements of `itemsModel(element)`'s values. */
export function itemElements<S extends z.ZodType>(element: S): ElementsOf<ItemsOf<S>, z.output<S>> {
  return {
    path: [ITEMS],
    check: async (value) => {
      try {
        const { result } = await parseAnswer(element, value);
        return result.success ? { value: result.data } : undefined;
      } catch (error) {
        if (isStackOverflow(error)) return undefined;
        throw error;
      }
    },
    all: (value) => value[ITEMS],
  };
}
