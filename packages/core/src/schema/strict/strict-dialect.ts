/**
 * A provider's strict JSON Schema dialect: the rules {@link toStrictJsonSchema} applies on top of
 * the provider-neutral rewrite (every object closed with `additionalProperties: false`, every
 * property `required` with optional ones made nullable, `oneOf` written as `anyOf`, only local
 * `#/$defs/…` references, no boolean or untyped schemas).
 *
 * @example
 * ```ts
 * const dialect: StrictDialect = {
 *   provider: "acme",
 *   label: "Acme strict mode",
 *   docs: "https://acme.test/docs/structured-outputs",
 *   hint: "Mode.JSON accepts any schema.",
 *   objectRoot: true,
 *   typeArrays: "anyOf",
 *   recursion: false,
 *   keywords: {
 *     kept: new Set(["type", "enum", "const", "description", "title", "minimum", "maximum"]),
 *     described: ["pattern", "format"],
 *     dropped: new Set(["examples"]),
 *     rejected: new Map([["allOf", "`allOf` is not supported"]]),
 *   },
 *   limits: { depth: { max: 5, counts: "objects" }, properties: 100 },
 * };
 * ```
 */
export interface StrictDialect {
  /** Provider name for errors, e.g. `"cerebras"`. */
  readonly provider: string;
  /** How errors name the dialect, e.g. `"Cerebras strict mode"`. */
  readonly label: string;
  /** Where the provider documents the dialect; errors link to it. */
  readonly docs?: string;
  /** Appended to errors: what the caller can do instead, e.g. which modes take any schema. */
  readonly hint?: string;
  /** The root must be an object schema (`type: "object"`), not an array, scalar or union. */
  readonly objectRoot: boolean;
  /**
   * `type: [...]` arrays: `"keep"` them (an optional property then becomes nullable as
   * `type: [T, "null"]`), or split them into `anyOf` with one branch per type (`"anyOf"`).
   */
  readonly typeArrays: "keep" | "anyOf";
  /** Whether recursive schemas (`$ref: "#"`, `$defs` cycles) are allowed. */
  readonly recursion: boolean;
  readonly keywords: StrictKeywords;
  readonly limits: StrictLimits;
}

/**
 * What the dialect does with each keyword. The structural keywords (`type`, `properties`,
 * `required`, `additionalProperties`, `items`, `prefixItems`, `anyOf`, `oneOf`, `$ref`, `$defs`)
 * are rewritten by the toolkit itself unless `rejected` names them.
 */
export interface StrictKeywords {
  /** Passed through unchanged. `"all"`: every keyword no other list names. */
  readonly kept: ReadonlySet<string> | "all";
  /**
   * Validation-only constraints the provider rejects: left off the wire and named in the node's
   * description instead (`"(format: email)"`); zod still checks them after generation.
   */
  readonly described?: readonly string[];
  /** Annotations the provider does not list but which constrain nothing: removed silently. */
  readonly dropped?: ReadonlySet<string>;
  /** Rejected, with the problem to report. Wins over every other list. */
  readonly rejected: ReadonlyMap<string, string>;
}

/** Size limits of one schema; each is checked only when set. */
export interface StrictLimits {
  /**
   * Nesting levels (the root object is level 1, `$ref`s are followed), counting object levels
   * or object and array levels.
   */
  readonly depth?: { readonly max: number; readonly counts: "objects" | "objects-and-arrays" };
  /** Object properties across the whole schema. */
  readonly properties?: number;
  /** Enum values across the whole schema. */
  readonly enumValues?: number;
  /** Characters of property names, `$defs` names and string `enum`/`const` values together. */
  readonly countedCharacters?: number;
  /** One enum of more than `values` values may hold at most `characters` characters. */
  readonly largeEnum?: { readonly values: number; readonly characters: number };
}
