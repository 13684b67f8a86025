import { useEffect, useState, useSyncExternalStore } from "react";
import type { z } from "zod";
import type { ObjectState } from "./object-state.js";
import { ObjectStreamStore, type UseObjectOptions } from "./object-stream-store.js";

/** The elements of an iterable route's value `{ items: E[] }`; `never` for other values. */
export type ElementOf<T> = T extends { items: readonly (infer E)[] } ? E : never;

/** What `useObject` returns: the state, and the two actions. */
export interface UseObjectResult<T, E = ElementOf<T>> extends ObjectState<T, E> {
  /** POSTs `input` as JSON to `api` and streams the answer (stopping a call still running). */
  submit: (input: unknown) => void;
  /** Aborts the request; the route's `generateStream` call and its provider stream end too. */
  stop: () => void;
}

/**
 * Streams a structured answer from a route that returns `toResponse(instructor.generateStream(…))`:
 * `object` fills in while the model writes (snapshots rebuilt in the browser by `readEventStream`,
 * linear in the answer), restarts when the server re-asks, and ends as the validated value.
 *
 * ```tsx
 * const { object, isLoading, submit, stop } = useObject({ api: "/api/recipe", schema: Recipe });
 * <button onClick={() => submit({ dish: "pancakes" })}>Go</button>
 * <h2>{object?.title}</h2>
 * ```
 *
 * SSR-safe: nothing runs during render on the server (its snapshot is the idle state), and a
 * call only starts from `submit`. Unmounting stops a running call.
 */
export function useObject<S extends z.ZodType>(
  options: UseObjectOptions<z.output<S>> & { schema: S },
): UseObjectResult<z.output<S>>;
export function useObject<T = unknown>(options: UseObjectOptions<T>): UseObjectResult<T>;
export function useObject<T>(options: UseObjectOptions<T>): UseObjectResult<T> {
  const [store] = useState(() => new ObjectStreamStore<T, ElementOf<T>>(options));
  useEffect(() => store.setOptions(options));
  useEffect(() => store.stop, [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return {
    ...state,
    submit: (input) => void store.submit(input),
    stop: store.stop,
  };
}
