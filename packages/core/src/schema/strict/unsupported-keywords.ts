import type { StrictDialect } from "./strict-dialect.js";

/**
 * `rejected` entries of a {@link StrictDialect} for keywords it does not support, each with the
 * problem `` `keyword` is not supported ``; spread them into the map next to the entries whose
 * problem says more.
 *
 * ```ts
 * rejected: new Map([
 *   ...unsupportedKeywords("not", "if", "then", "else"),
 *   ["propertyNames", "records are not supported"],
 * ]),
 * ```
 */
export function unsupportedKeywords(...keywords: string[]): [string, string][] {
  return keywords.map((keyword) => [keyword, `\`${keyword}\` is not supported`]);
}
