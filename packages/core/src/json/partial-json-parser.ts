import type { JsonLimits } from "../types/json-limits.js";
import { IncrementalJsonParser } from "./incremental-json-parser.js";
import { resolveJsonLimits } from "./resolve-json-limits.js";

/**
 * Options of {@link createPartialJsonParser}: the {@link JsonLimits} (`maxDepth` default 512,
 * `maxLength` default 8 MiB), and which array's elements to report.
 */
export interface PartialJsonParserOptions extends JsonLimits {
  /**
   * Reports each element of one array as soon as its closing bracket (or last character)
   * arrives: the array at `path` (object keys from the root; `[]`, the default, is a top-level
   * array). Elements are reported with their final value and index, in order.
   */
  elements?: {
    path?: readonly string[];
    onElement: (value: unknown, index: number) => void;
  };
}

/**
 * An incremental JSON parser: feed it the text in chunks, read the partial value at any time.
 * Each character is examined once; the state lives on an explicit stack, so deep input cannot
 * overflow the call stack.
 */
export interface PartialJsonParser {
  /**
   * Parses one more chunk of the JSON text.
   * @throws JsonParseError on invalid JSON, or when the text breaks `maxDepth` or `maxLength`.
   *   After an error every call throws the same error.
   */
  push(chunk: string): void;
  /**
   * The partial value of the text so far (`undefined` while nothing is visible yet), following
   * the partial-value rules of `generatePartial`. Returns the same reference as the previous call
   * when nothing visible changed; otherwise a new value that copies only the path from the root
   * to what changed (untouched subtrees keep their identity). Treat it as immutable.
   */
  snapshot(): unknown;
  /**
   * Ends the input and returns the final value, equal to `JSON.parse` of the whole text.
   * @throws JsonParseError when the text is not one complete JSON value.
   */
  end(): unknown;
  /** True once the top-level value is complete (a top-level number completes only at `end`). */
  readonly done: boolean;
  /** Characters consumed so far. */
  readonly length: number;
  /**
   * True when building a new snapshot now is cheap relative to the text consumed since the last
   * one was built. A snapshot costs O(total width of the open containers) (an update copies the
   * path to the change); taking snapshots only when `snapshotDue` keeps the total snapshot work
   * linear in the text, even for an array of thousands of elements streamed in tiny chunks.
   * With ordinary widths it is true after every chunk.
   */
  readonly snapshotDue: boolean;
}

/**
 * Creates a {@link PartialJsonParser}.
 * @throws InstructorError when `maxDepth` or `maxLength` is not an integer >= 1.
 */
export function createPartialJsonParser(options: PartialJsonParserOptions = {}): PartialJsonParser {
  const { elements } = options;
  return new IncrementalJsonParser(
    resolveJsonLimits(options),
    elements === undefined ? undefined : (elements.path ?? []),
    elements?.onElement,
  );
}
