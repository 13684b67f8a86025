/** What {@link getOrInsert} needs of a `Map` or `WeakMap`. */
export interface MemoTable<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * `table.get(key)`, else `create()`, stored under `key` before it is returned: the lookup of
 * every memo table in core (schemas, specs and instructions built once per object). A failing
 * `create` stores nothing, so a later call tries again.
 */
export function getOrInsert<K, V>(table: MemoTable<K, V>, key: K, create: () => V): V {
  let value = table.get(key);
  if (value === undefined) {
    value = create();
    table.set(key, value);
  }
  return value;
}
