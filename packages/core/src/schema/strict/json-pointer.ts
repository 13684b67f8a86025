/** Appends one reference token to a JSON Pointer (RFC 6901), escaping `~` and `/`. */
export function childPointer(pointer: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>(
    (at, token) => `${at}/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`,
    pointer,
  );
}

/** A pointer for humans: the root pointer `""` is shown as `/`. */
export function showPointer(pointer: string): string {
  return pointer === "" ? "/" : pointer;
}
