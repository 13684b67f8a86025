/**
 * A value still being streamed: every object property may be missing, arrays may be shorter,
 * strings may be prefixes (so a string literal or enum type reads as `string`, and a number
 * literal as `number`: `"sp"` on the way to `"spam"`). Functions, dates and other primitives are
 * kept as they are.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends Date
    ? T
    : T extends string
      ? string extends T
        ? T
        : string
      : T extends number
        ? number extends T
          ? T
          : number
        : T extends ReadonlyArray<infer E>
          ? DeepPartial<E>[]
          : T extends object
            ? { [K in keyof T]?: DeepPartial<T[K]> }
            : T;
