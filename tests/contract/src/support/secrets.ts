import { inspect } from "node:util";

/**
 * Whether `needle` appears anywhere in `value`: every own property (enumerable or not, so an
 * error's message, stack and cause count), array item and Map/Set entry, and its util.inspect text.
 */
export function mentions(value: unknown, needle: string): boolean {
  if (inspect(value, { depth: 20, showHidden: true }).includes(needle)) return true;
  const seen = new Set<unknown>();
  const visit = (node: unknown): boolean => {
    if (typeof node === "string") return node.includes(needle);
    if (typeof node !== "object" || node === null || seen.has(node)) return false;
    seen.add(node);
    if (node instanceof Map) return [...node.entries()].some(([k, v]) => visit(k) || visit(v));
    if (node instanceof Set) return [...node].some(visit);
    return Reflect.ownKeys(node).some((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(node, key);
      return descriptor !== undefined && "value" in descriptor && visit(descriptor.value);
    });
  };
  return visit(value);
}
