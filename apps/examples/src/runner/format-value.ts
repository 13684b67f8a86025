import { inspect } from "node:util";

/**
 * One value as a printed line: strings as they are, everything else like `console.log` shows it
 * (`{ name: 'Jason', age: 25 }`), complete to any depth so nested results are never elided.
 */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  return inspect(value, { depth: null, breakLength: 100, colors: false });
}
