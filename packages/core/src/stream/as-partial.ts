import type { DeepPartial } from "../types/deep-partial.js";

/**
 * The one place a value takes the schema's partial type: snapshots are unvalidated JSON
 * (TypeScript cannot know what the model wrote), and a complete, validated value is a valid
 * partial one (TypeScript cannot see that through the generic `DeepPartial`).
 */
export function asPartial<T>(value: unknown): DeepPartial<T> {
  return value as DeepPartial<T>;
}
