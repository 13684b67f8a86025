import { JsonParseError } from "../errors/json-parse-error.js";
import type { JsonLimits } from "../types/json-limits.js";
import {
  BACKSLASH,
  describeChar,
  ESCAPES,
  hexValue,
  isHighSurrogate,
  isWhitespace,
  LITERALS,
  QUOTE,
} from "./json-chars.js";
import { matchElementPath } from "./json-element-path.js";
import { closedFrameValue, type JsonFrame, rebuildSnapshots, storeChild } from "./json-frame.js";
import {
  describeNumberNeed,
  isCompleteNumberState,
  NUMBER_END,
  numberPrefixValue,
  startNumber,
  stepNumber,
} from "./json-number.js";
import {
  AFTER_VALUE,
  ARRAY_START,
  COLON,
  DONE,
  describeExpected,
  ESCAPE,
  EXPECT_ARRAY_START,
  EXPECT_COLON,
  EXPECT_KEY,
  EXPECT_OBJECT_START,
  EXPECT_VALUE,
  KEY,
  LITERAL,
  NUMBER,
  OBJECT_START,
  STRING,
  UNICODE,
  VALUE,
} from "./json-parse-state.js";
import { tooDeepError, tooLongError } from "./resolve-json-limits.js";

/**
 * Open-container width a snapshot may copy per character consumed since the previous one.
 * Copying one element costs about a tenth of parsing one character, so snapshots taken at this
 * rate cost at most about as much as the parsing.
 */
const SNAPSHOT_WIDTH_PER_CHAR = 16;

/**
 * The state machine behind `createPartialJsonParser`. The per-character work stays in
 * `consume`, `scanString` and `scanNumber` (one call per character at most); everything done
 * per token, container or snapshot lives in the helpers it imports.
 */
export class IncrementalJsonParser {
  private readonly maxDepth: number;
  private readonly maxLength: number;
  private readonly elementPath: readonly string[] | undefined;
  private readonly onElement: ((value: unknown, index: number) => void) | undefined;

  /**
   * The text so far, as its chunks: it is only read for error messages, and a chunk list keeps
   * far fewer live objects for the garbage collector to trace than a string grown per chunk.
   */
  private readonly chunks: string[] = [];
  /** Characters consumed so far. */
  private consumed = 0;
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

  /**
   * @param limits resolved and checked.
   * @param elementPath the path of the array whose elements go to `onElement`; `undefined`: none.
   */
  constructor(
    limits: Required<JsonLimits>,
    elementPath: readonly string[] | undefined,
    onElement: ((value: unknown, index: number) => void) | undefined,
  ) {
    this.maxDepth = limits.maxDepth;
    this.maxLength = limits.maxLength;
    this.elementPath = elementPath;
    this.onElement = onElement;
  }

  get done(): boolean {
    return this.state === DONE;
  }

  get length(): number {
    return this.consumed;
  }

  get snapshotDue(): boolean {
    return (this.consumed - this.builtAt) * SNAPSHOT_WIDTH_PER_CHAR >= this.openWidth;
  }

  push(chunk: string): void {
    if (this.failure !== undefined) throw this.failure;
    const base = this.consumed;
    this.chunks.push(chunk);
    this.consumed += chunk.length;
    try {
      if (this.consumed > this.maxLength) throw tooLongError(this.text(), this.maxLength);
      this.consume(chunk, base);
    } catch (error) {
      if (JsonParseError.isInstance(error)) this.failure = error;
      throw error;
    }
  }

  snapshot(): unknown {
    if (this.failure !== undefined) throw this.failure;
    const numberPartial =
      this.state === NUMBER ? numberPrefixValue(this.numText, this.numCompleteLength) : undefined;
    if (this.state === NUMBER && !Object.is(numberPartial, this.numShown)) this.dirty = true;
    if (!this.dirty) return this.current;
    const outermost = rebuildSnapshots(this.stack, this.openScalarPartial(numberPartial));
    this.current = this.state === DONE ? this.root : outermost;
    this.numShown = numberPartial;
    this.dirty = false;
    this.builtAt = this.consumed;
    return this.current;
  }

  end(): unknown {
    if (this.failure !== undefined) throw this.failure;
    if (this.state === NUMBER && this.stack.length === 0 && isCompleteNumberState(this.numState)) {
      this.commitNumber();
    }
    if (this.state !== DONE) {
      const closer = this.stack[this.stack.length - 1]?.kind === "array" ? "]" : "}";
      const expected = describeExpected(this.state, closer, this.numState, this.literalWord);
      this.failure = this.error(
        `Unexpected end of JSON input at position ${this.consumed}: expected ${expected}.`,
        this.consumed,
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
        this.startValue(code, char, position, EXPECT_VALUE);
        break;
      case ARRAY_START:
        if (char === "]") this.closeContainer();
        else this.startValue(code, char, position, EXPECT_ARRAY_START);
        break;
      case OBJECT_START:
        if (char === "}") this.closeContainer();
        else this.startKey(code, char, position, EXPECT_OBJECT_START);
        break;
      case KEY:
        this.startKey(code, char, position, EXPECT_KEY);
        break;
      case COLON:
        if (char !== ":") this.unexpected(char, position, EXPECT_COLON);
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
    if (this.stack.length >= this.maxDepth)
      throw tooDeepError(this.text(), position, this.maxDepth);
    const match = matchElementPath(this.elementPath, this.stack[this.stack.length - 1]);
    this.openWidth++;
    if (isArray) {
      const target = this.elementPath !== undefined && match === this.elementPath.length;
      this.stack.push({
        kind: "array",
        items: [],
        count: 0,
        snapshot: undefined,
        width: 1,
        match,
        target,
      });
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

  private closeContainer(): void {
    const frame = this.stack.pop()!;
    this.openWidth -= frame.width;
    this.commit(closedFrameValue(frame, !this.dirty));
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
    storeChild(frame, value);
    if (frame.kind === "array" && frame.target) this.onElement?.(value, frame.count - 1);
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
    return new JsonParseError(message, { rawText: this.text(), position });
  }

  /** The whole text so far (for an error: joined once, then kept as one chunk). */
  private text(): string {
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, this.chunks.join(""));
    return this.chunks[0] ?? "";
  }
}
