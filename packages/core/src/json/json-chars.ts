/** Character codes the scanner tests for directly. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

/** The character each one-letter escape after `\` stands for (`\u` is decoded separately). */
export const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** The literal a value starting with each letter must spell, and its value. */
export const LITERALS: Record<string, { word: string; value: boolean | null }> = {
  t: { word: "true", value: true },
  f: { word: "false", value: false },
  n: { word: "null", value: null },
};

/** The four whitespace characters JSON allows between tokens. */
export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The value of a hexadecimal digit, or -1. */
export function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** `char` as an error message names it: quoted, or as a code point when it is invisible. */
export function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `control character U+${hex4(code)}`;
  return `'${char}'`;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}
