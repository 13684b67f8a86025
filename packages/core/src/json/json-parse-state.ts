import { describeNumberNeed, isCompleteNumberState } from "./json-number.js";

// The states of the incremental JSON parser: what the next character may be. Plain numbers
// (not strings or an enum object) keep the per-character `switch` a jump on small integers.

/** A value (top level, after ':' or after ',' in an array). */
export const VALUE = 0;
/** A value or ']'. */
export const ARRAY_START = 1;
/** A key or '}'. */
export const OBJECT_START = 2;
/** A key (after ',' in an object). */
export const KEY = 3;
export const COLON = 4;
/** ',' or the closing bracket of the open container. */
export const AFTER_VALUE = 5;
/** Only whitespace after the top-level value. */
export const DONE = 6;
export const STRING = 7;
/** After a backslash in a string. */
export const ESCAPE = 8;
/** In the 4 hex digits of \uXXXX. */
export const UNICODE = 9;
export const NUMBER = 10;
/** In true / false / null. */
export const LITERAL = 11;

// What the states between tokens expect, as error messages name it.
export const EXPECT_VALUE = "a JSON value";
export const EXPECT_ARRAY_START = "a JSON value or ']'";
export const EXPECT_OBJECT_START = "a property name in double quotes or '}'";
export const EXPECT_KEY = "a property name in double quotes";
export const EXPECT_COLON = "':' after the property name";

/**
 * What the parser needs next in `state`, for the end-of-input message. `closer` is the closing
 * bracket of the open container (`}` at the top level, where no container is open).
 */
export function describeExpected(
  state: number,
  closer: "]" | "}",
  numberState: number,
  literalWord: string,
): string {
  switch (state) {
    case VALUE:
      return EXPECT_VALUE;
    case ARRAY_START:
      return EXPECT_ARRAY_START;
    case OBJECT_START:
      return EXPECT_OBJECT_START;
    case KEY:
      return EXPECT_KEY;
    case COLON:
      return EXPECT_COLON;
    case AFTER_VALUE:
      return `',' or '${closer}'`;
    case NUMBER:
      if (!isCompleteNumberState(numberState)) {
        return `${describeNumberNeed(numberState)} in the number`;
      }
      return `',' or '${closer}' after the number`;
    case STRING:
      return "the closing '\"' of a string";
    case ESCAPE:
      return "an escape character after '\\'";
    case UNICODE:
      return "a hexadecimal digit in a \\u escape";
    default:
      return `the rest of '${literalWord}'`;
  }
}
