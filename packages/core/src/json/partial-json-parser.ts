import { JsonParseError } from "../errors/json-parse-error.js";
import type { JsonLimits } from "../types/json-limits.js";
import { buildSnapshot, type JsonFrame, setOwnProperty } from "./json-frame.js";
import { resolveJsonLimits, tooDeepError, tooLongError } from "./json-limits.js";
import {
  describeNumberNeed,
  isCompleteNumberState,
  NUMBER_END,
  startNumber,
  stepNumber,
} from "./json-number.js";

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
   * the rules of DESIGN.md "Partial JSON values". Returns the same reference as the previous call
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
  return new IncrementalJsonParser(options);
}

/**
 * Open-container width a snapshot may copy per character consumed since the previous one.
 * Copying one element costs about a tenth of parsing one character, so snapshots taken at this
 * rate cost at most about as much as the parsing.
 */
const SNAPSHOT_WIDTH_PER_CHAR = 16;

// Parser states: what the next character may be.
const VALUE = 0; // a value (top level, after ':' or after ',' in an array)
const ARRAY_START = 1; // a value or ']'
const OBJECT_START = 2; // a key or '}'
const KEY = 3; // a key (after ',' in an object)
const COLON = 4;
const AFTER_VALUE = 5; // ',' or the closing bracket of the open container
const DONE = 6; // only whitespace after the top-level value
const STRING = 7;
const ESCAPE = 8; // after a backslash
const UNICODE = 9; // in the 4 hex digits of \uXXXX
const NUMBER = 10;
const LITERAL = 11; // in true / false / null

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const LITERALS: Record<string, { word: string; value: boolean | null }> = {
  t: { word: "true", value: true },
  f: { word: "false", value: false },
  n: { word: "null", value: null },
};

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `control character U+${hex4(code)}`;
  return `'${char}'`;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

class IncrementalJsonParser implements PartialJsonParser {
  private readonly maxDepth: number;
  private readonly maxLength: number;
  private readonly elementPath: readonly string[] | undefined;
  private readonly onElement: ((value: unknown, index: number) => void) | undefined;

  private text = "";
  private state = VALUE;
  private readonly stack: JsonFrame[] = [];
  private root: unknown = undefined;
  private failure: JsonParseError | undefined = undefined;

  /** A visible change happened since the last snapshot: the open frames must be rebuilt. */
  private dirty = false;
  private current: unknown = undefined;
  /** Total width of the open frames (their finished children, plus one each). */
  private openWidth = 0;
  /** `text.length` when the last snapshot was built. */
  private builtAt = 0;

  // The open string: decoded text, plus a high surrogate held back until its pair arrives.
  private str = "";
  private heldSurrogate = "";
  private strIsKey = false;
  private unicodeDigits = 0;
  private unicodeCode = 0;

  // The open number: its text, grammar state and the length of its longest complete prefix.
  private numText = "";
  private numState = 0;
  private numCompleteLength = 0;
  /** What the last snapshot showed for the open number. */
  private numShown: number | undefined = undefined;

  // The open literal.
  private literalWord = "";
  private literalIndex = 0;
  private literalValue: boolean | null = null;

  constructor(options: PartialJsonParserOptions) {
    const limits = resolveJsonLimits(options);
    this.maxDepth = limits.maxDepth;
    this.maxLength = limits.maxLength;
    this.elementPath = options.elements === undefined ? undefined : (options.elements.path ?? []);
    this.onElement = options.elements?.onElement;
  }

  get done(): boolean {
    return this.state === DONE;
  }

  get length(): number {
    return this.text.length;
  }

  get snapshotDue(): boolean {
    return (this.text.length - this.builtAt) * SNAPSHOT_WIDTH_PER_CHAR >= this.openWidth;
  }

  push(chunk: string): void {
    if (this.failure !== undefined) throw this.failure;
    const base = this.text.length;
    this.text += chunk;
    try {
      if (this.text.length > this.maxLength) throw tooLongError(this.text, this.maxLength);
      this.consume(chunk, base);
    } catch (error) {
      if (JsonParseError.isInstance(error)) this.failure = error;
      throw error;
    }
  }

  snapshot(): unknown {
    if (this.failure !== undefined) throw this.failure;
    const numberPartial = this.state === NUMBER ? this.numberPartial() : undefined;
    if (this.state === NUMBER && !Object.is(numberPartial, this.numShown)) this.dirty = true;
    if (!this.dirty) return this.current;
    let child = this.openScalarPartial(numberPartial);
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const frame = this.stack[depth]!;
      frame.snapshot = buildSnapshot(frame, child);
      child = frame.snapshot;
    }
    this.current = this.state === DONE ? this.root : child;
    this.numShown = numberPartial;
    this.dirty = false;
    this.builtAt = this.text.length;
    return this.current;
  }

  end(): unknown {
    if (this.failure !== undefined) throw this.failure;
    if (this.state === NUMBER && this.stack.length === 0 && isCompleteNumberState(this.numState)) {
      this.commitNumber();
    }
    if (this.state !== DONE) {
      this.failure = this.error(
        `Unexpected end of JSON input at position ${this.text.length}: expected ${this.expected()}.`,
        this.text.length,
      );
      throw this.failure;
    }
    return this.root;
  }

  private consume(chunk: string, base: number): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case STRING:
          i = this.scanString(chunk, i, base);
          continue;
        case NUMBER:
          i = this.scanNumber(chunk, i, base);
          continue;
        case ESCAPE:
          this.escape(chunk[i]!, base + i);
          i++;
          continue;
        case UNICODE:
          this.unicodeDigit(chunk.charCodeAt(i), chunk[i]!, base + i);
          i++;
          continue;
        case LITERAL:
          this.literalChar(chunk.charCodeAt(i), chunk[i]!, base + i);
          i++;
          continue;
      }
      const code = chunk.charCodeAt(i);
      if (!isWhitespace(code)) this.structural(code, chunk[i]!, base + i);
      i++;
    }
  }

  /** A non-whitespace character outside strings, numbers and literals. */
  private structural(code: number, char: string, position: number): void {
    switch (this.state) {
      case VALUE:
        this.startValue(code, char, position, "a JSON value");
        break;
      case ARRAY_START:
        if (char === "]") this.closeContainer();
        else this.startValue(code, char, position, "a JSON value or ']'");
        break;
      case OBJECT_START:
        if (char === "}") this.closeContainer();
        else this.startKey(code, char, position, "a property name in double quotes or '}'");
        break;
      case KEY:
        this.startKey(code, char, position, "a property name in double quotes");
        break;
      case COLON:
        if (char !== ":") this.unexpected(char, position, "':' after the property name");
        this.state = VALUE;
        break;
      case AFTER_VALUE:
        this.afterValue(char, position);
        break;
      default:
        this.fail(
          `Unexpected ${describeChar(char)} at position ${position}, after the end of the JSON value.`,
          position,
        );
    }
  }

  private startValue(code: number, char: string, position: number, expected: string): void {
    if (char === "{" || char === "[") {
      this.openContainer(char === "[", position);
      return;
    }
    if (code === QUOTE) {
      this.openString(false);
      return;
    }
    const literal = LITERALS[char];
    if (literal !== undefined) {
      this.literalWord = literal.word;
      this.literalValue = literal.value;
      this.literalIndex = 1;
      this.state = LITERAL;
      this.dirty = true;
      return;
    }
    const numberState = startNumber(code);
    if (numberState < 0) this.unexpected(char, position, expected);
    this.numState = numberState;
    this.numText = char;
    this.numCompleteLength = isCompleteNumberState(numberState) ? 1 : 0;
    this.numShown = undefined;
    this.state = NUMBER;
  }

  private startKey(code: number, char: string, position: number, expected: string): void {
    if (code !== QUOTE) this.unexpected(char, position, expected);
    this.openString(true);
  }

  private afterValue(char: string, position: number): void {
    const frame = this.stack[this.stack.length - 1]!;
    const close = frame.kind === "array" ? "]" : "}";
    if (char === ",") {
      this.state = frame.kind === "array" ? VALUE : KEY;
    } else if (char === close) {
      this.closeContainer();
    } else {
      this.unexpected(char, position, `',' or '${close}'`);
    }
  }

  private openContainer(isArray: boolean, position: number): void {
    if (this.stack.length >= this.maxDepth) throw tooDeepError(this.text, position, this.maxDepth);
    const match = this.pathMatch();
    this.openWidth++;
    if (isArray) {
      const target = this.elementPath !== undefined && match === this.elementPath.length;
      this.stack.push({ kind: "array", items: [], snapshot: undefined, width: 1, match, target });
      this.state = ARRAY_START;
    } else {
      this.stack.push({
        kind: "object",
        values: {},
        key: undefined,
        snapshot: undefined,
        width: 1,
        match,
      });
      this.state = OBJECT_START;
    }
    this.dirty = true;
  }

  /** How many segments of the element path lead to a container opened now (-1: none). */
  private pathMatch(): number {
    const path = this.elementPath;
    if (path === undefined) return -1;
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return 0;
    if (parent.kind === "array" || parent.match < 0 || parent.match >= path.length) return -1;
    return path[parent.match] === parent.key ? parent.match + 1 : -1;
  }

  private closeContainer(): void {
    const frame = this.stack.pop()!;
    this.openWidth -= frame.width;
    // A finished frame is never mutated again, so its own storage can be the final value; when
    // nothing changed since the last snapshot, that snapshot is it (and keeps its identity).
    let value: unknown;
    if (this.dirty) value = frame.kind === "array" ? frame.items : frame.values;
    else value = frame.snapshot;
    this.commit(value);
  }

  /** Stores a finished value in the open container (or as the root) and moves past it. */
  private commit(value: unknown): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) {
      this.root = value;
      this.state = DONE;
      return;
    }
    this.state = AFTER_VALUE;
    frame.width++;
    this.openWidth++;
    if (frame.kind === "array") {
      frame.items.push(value);
      if (frame.target) this.onElement?.(value, frame.items.length - 1);
    } else {
      setOwnProperty(frame.values, frame.key!, value);
      frame.key = undefined;
    }
  }

  private openString(isKey: boolean): void {
    this.str = "";
    this.heldSurrogate = "";
    this.strIsKey = isKey;
    this.state = STRING;
    // A value string shows as "" right away; a key is invisible until its value starts.
    if (!isKey) this.dirty = true;
  }

  /** Consumes string characters up to the closing quote or a backslash. */
  private scanString(chunk: string, start: number, base: number): number {
    const n = chunk.length;
    for (let i = start; i < n; i++) {
      const code = chunk.charCodeAt(i);
      if (code === QUOTE) {
        this.appendText(chunk.slice(start, i));
        this.closeString();
        return i + 1;
      }
      if (code === BACKSLASH) {
        this.appendText(chunk.slice(start, i));
        this.state = ESCAPE;
        return i + 1;
      }
      if (code < 0x20) {
        this.fail(
          `Unexpected ${describeChar(chunk[i]!)} at position ${base + i} in a string: control characters must be escaped.`,
          base + i,
        );
      }
    }
    this.appendText(chunk.slice(start));
    return n;
  }

  /**
   * Appends decoded text to the open string, holding back a trailing high surrogate: its low
   * half may come in the next chunk or escape, and a snapshot must not show half a character.
   */
  private appendText(text: string): void {
    let added = this.heldSurrogate === "" ? text : this.heldSurrogate + text;
    if (added === "") return;
    this.heldSurrogate = "";
    if (isHighSurrogate(added.charCodeAt(added.length - 1))) {
      this.heldSurrogate = added[added.length - 1]!;
      added = added.slice(0, -1);
      if (added === "") return;
    }
    this.str += added;
    if (!this.strIsKey) this.dirty = true;
  }

  private closeString(): void {
    if (this.heldSurrogate !== "") {
      // A lone high surrogate at the end: JSON.parse keeps it, so do we.
      this.str += this.heldSurrogate;
      this.heldSurrogate = "";
      if (!this.strIsKey) this.dirty = true;
    }
    if (this.strIsKey) {
      const frame = this.stack[this.stack.length - 1];
      if (frame?.kind === "object") frame.key = this.str;
      this.state = COLON;
    } else {
      this.commit(this.str);
    }
  }

  private escape(char: string, position: number): void {
    if (char === "u") {
      this.unicodeDigits = 0;
      this.unicodeCode = 0;
      this.state = UNICODE;
      return;
    }
    const decoded = ESCAPES[char];
    if (decoded === undefined) {
      this.unexpected(
        char,
        position,
        "an escape character (one of \" \\ / b f n r t u) after '\\'",
      );
    }
    this.state = STRING;
    this.appendText(decoded);
  }

  private unicodeDigit(code: number, char: string, position: number): void {
    const digit = hexValue(code);
    if (digit < 0) this.unexpected(char, position, "a hexadecimal digit in a \\u escape");
    this.unicodeCode = this.unicodeCode * 16 + digit;
    this.unicodeDigits++;
    if (this.unicodeDigits === 4) {
      this.state = STRING;
      this.appendText(String.fromCharCode(this.unicodeCode));
    }
  }

  private literalChar(code: number, char: string, position: number): void {
    if (code !== this.literalWord.charCodeAt(this.literalIndex)) {
      this.unexpected(char, position, `'${this.literalWord}'`);
    }
    this.literalIndex++;
    if (this.literalIndex === this.literalWord.length) this.commit(this.literalValue);
  }

  /** Consumes number characters; at a character that ends the number, commits it. */
  private scanNumber(chunk: string, start: number, base: number): number {
    const n = chunk.length;
    let state = this.numState;
    let i = start;
    let completeAt = -1;
    let next = NUMBER_END;
    while (i < n) {
      next = stepNumber(state, chunk.charCodeAt(i));
      if (next < 0) break;
      state = next;
      i++;
      if (isCompleteNumberState(state)) completeAt = i;
    }
    if (completeAt >= 0) this.numCompleteLength = this.numText.length + (completeAt - start);
    this.numText += chunk.slice(start, i);
    this.numState = state;
    if (i === n) return n;
    if (next !== NUMBER_END) {
      this.unexpected(chunk[i]!, base + i, `${describeNumberNeed(state)} in the number`);
    }
    this.commitNumber();
    return i;
  }

  private commitNumber(): void {
    const value = Number(this.numText);
    if (!Object.is(value, this.numShown)) this.dirty = true;
    this.commit(value);
  }

  /** The value an unfinished number shows: its longest complete prefix (`12.` shows 12). */
  private numberPartial(): number | undefined {
    const length = this.numCompleteLength;
    if (length === 0) return undefined;
    return Number(length === this.numText.length ? this.numText : this.numText.slice(0, length));
  }

  /** The partial value of the scalar being written, or undefined (none, or a key). */
  private openScalarPartial(numberPartial: number | undefined): unknown {
    switch (this.state) {
      case STRING:
      case ESCAPE:
      case UNICODE:
        return this.strIsKey ? undefined : this.str;
      case NUMBER:
        return numberPartial;
      case LITERAL:
        return this.literalValue;
      default:
        return undefined;
    }
  }

  /** What the parser needs next, for the end-of-input message. */
  private expected(): string {
    const frame = this.stack[this.stack.length - 1];
    switch (this.state) {
      case VALUE:
        return "a JSON value";
      case ARRAY_START:
        return "a JSON value or ']'";
      case OBJECT_START:
        return "a property name in double quotes or '}'";
      case KEY:
        return "a property name in double quotes";
      case COLON:
        return "':' after the property name";
      case AFTER_VALUE:
        return `',' or '${frame?.kind === "array" ? "]" : "}"}'`;
      case NUMBER:
        if (!isCompleteNumberState(this.numState)) {
          return `${describeNumberNeed(this.numState)} in the number`;
        }
        return `',' or '${frame?.kind === "array" ? "]" : "}"}' after the number`;
      case STRING:
        return "the closing '\"' of a string";
      case ESCAPE:
        return "an escape character after '\\'";
      case UNICODE:
        return "a hexadecimal digit in a \\u escape";
      default:
        return `the rest of '${this.literalWord}'`;
    }
  }

  private unexpected(char: string, position: number, expected: string): never {
    return this.fail(
      `Unexpected ${describeChar(char)} at position ${position}: expected ${expected}.`,
      position,
    );
  }

  private fail(message: string, position: number): never {
    throw this.error(message, position);
  }

  private error(message: string, position: number): JsonParseError {
    return new JsonParseError(message, { rawText: this.text, position });
  }
}
