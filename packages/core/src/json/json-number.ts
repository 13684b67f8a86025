/**
 * The JSON number grammar as a resumable state machine, one character at a time:
 * `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
 */

/** After `-`: a digit must follow. */
export const NUMBER_SIGN = 0;
/** After a leading `0`: `.`, an exponent or the end. */
export const NUMBER_ZERO = 1;
/** In the integer digits. */
export const NUMBER_INT = 2;
/** After `.`: a digit must follow. */
export const NUMBER_DOT = 3;
/** In the fraction digits. */
export const NUMBER_FRACTION = 4;
/** After `e`/`E`: a sign or digit must follow. */
export const NUMBER_E = 5;
/** After the exponent sign: a digit must follow. */
export const NUMBER_EXPONENT_SIGN = 6;
/** In the exponent digits. */
export const NUMBER_EXPONENT = 7;
/** The character cannot continue the number (the number ends before it, if it may end). */
export const NUMBER_END = -1;
/** The character is not allowed here and the number cannot end either. */
export const NUMBER_INVALID = -2;

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** True when a number may end in `state` (its text so far is a complete number). */
export function isCompleteNumberState(state: number): boolean {
  return (
    state === NUMBER_ZERO ||
    state === NUMBER_INT ||
    state === NUMBER_FRACTION ||
    state === NUMBER_EXPONENT
  );
}

/** The state a number starts in from its first character, or NUMBER_INVALID. */
export function startNumber(code: number): number {
  if (code === 0x2d) return NUMBER_SIGN;
  if (code === DIGIT_0) return NUMBER_ZERO;
  return isDigit(code) ? NUMBER_INT : NUMBER_INVALID;
}

/**
 * The next state after `code`: NUMBER_END when `code` does not belong to the number and the
 * number may end here, NUMBER_INVALID when neither is possible.
 */
export function stepNumber(state: number, code: number): number {
  const digit = isDigit(code);
  const exponent = code === 0x65 || code === 0x45;
  switch (state) {
    case NUMBER_SIGN:
      if (code === DIGIT_0) return NUMBER_ZERO;
      return digit ? NUMBER_INT : NUMBER_INVALID;
    case NUMBER_ZERO:
      if (code === 0x2e) return NUMBER_DOT;
      if (exponent) return NUMBER_E;
      return digit ? NUMBER_INVALID : NUMBER_END;
    case NUMBER_INT:
      if (digit) return NUMBER_INT;
      if (code === 0x2e) return NUMBER_DOT;
      return exponent ? NUMBER_E : NUMBER_END;
    case NUMBER_DOT:
      return digit ? NUMBER_FRACTION : NUMBER_INVALID;
    case NUMBER_FRACTION:
      if (digit) return NUMBER_FRACTION;
      return exponent ? NUMBER_E : NUMBER_END;
    case NUMBER_E:
      if (code === 0x2b || code === 0x2d) return NUMBER_EXPONENT_SIGN;
      return digit ? NUMBER_EXPONENT : NUMBER_INVALID;
    case NUMBER_EXPONENT_SIGN:
      return digit ? NUMBER_EXPONENT : NUMBER_INVALID;
    default:
      return digit ? NUMBER_EXPONENT : NUMBER_END;
  }
}

/** What a number needs next in `state`, for error messages. */
export function describeNumberNeed(state: number): string {
  switch (state) {
    case NUMBER_SIGN:
      return "a digit after '-'";
    case NUMBER_ZERO:
      return "'.', an exponent or the end of the number after a leading '0' (no leading zeros)";
    case NUMBER_DOT:
      return "a digit after the decimal point";
    case NUMBER_E:
      return "a sign or digit in the exponent";
    default:
      return "a digit in the exponent";
  }
}

/**
 * The value an unfinished number shows: its longest complete prefix, `completeLength`
 * characters of `text` (`12.` shows 12); `undefined` when no prefix is complete (`-`).
 */
export function numberPrefixValue(text: string, completeLength: number): number | undefined {
  if (completeLength === 0) return undefined;
  return Number(completeLength === text.length ? text : text.slice(0, completeLength));
}
