export { dropNullOptionals } from "./drop-null-optionals.js";
export type { StrictDialect, StrictKeywords, StrictLimits } from "./strict-dialect.js";
export {
  isStrictJsonSchema,
  rewriteStrictJsonSchema,
  type StrictRewrite,
  type StrictTarget,
  toStrictJsonSchema,
} from "./to-strict-json-schema.js";
export { unsupportedKeywords } from "./unsupported-keywords.js";
