/**
 * A value still being streamed: every object property may be missing, arrays may be shorter,
 * strings may be prefixes. Functions, dates and primitives are kept as they are.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends Date
    ? T
    : T extends ReadonlyArray<infer E>
      ? DeepPartial<E>[]
      : T extends object
        ? { [K in keyof T]?: DeepPartial<T[K]> }
        : T;
