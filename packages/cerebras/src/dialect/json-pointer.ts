/** Appends one reference token to a JSON Pointer (RFC 6901), escaping `~` and `/`. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** A pointer for humans: the root pointer `""` is shown as `/`. */
export function showPointer(pointer: string): string {
  return pointer === "" ? "/" : pointer;
}
