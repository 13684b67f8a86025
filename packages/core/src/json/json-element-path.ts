import type { JsonFrame } from "./json-frame.js";

/**
 * How many segments of the element path `path` lead to a container opened now inside `parent`
 * (`undefined` at the top level): -1 when it is off the path or no path is watched. The array
 * whose match equals `path.length` is the one whose elements are reported.
 */
export function matchElementPath(
  path: readonly string[] | undefined,
  parent: JsonFrame | undefined,
): number {
  if (path === undefined) return -1;
  if (parent === undefined) return 0;
  if (parent.kind === "array" || parent.match < 0 || parent.match >= path.length) return -1;
  return path[parent.match] === parent.key ? parent.match + 1 : -1;
}
