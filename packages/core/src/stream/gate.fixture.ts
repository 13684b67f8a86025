import type { AdapterStreamPart } from "../types/adapter.js";

/** Test helper: a gate a hand-written stream waits at (`passed`) until the test calls `open`. */
export interface Gate {
  /** Settles once `open` is called. */
  readonly passed: Promise<void>;
  open(): void;
}

/** A closed {@link Gate}: a stream that awaits `passed` pauses there, as a provider might. */
export function createGate(): Gate {
  let open: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { passed, open: () => open() };
}

/** Test streams: a hand-written provider stream that pauses at a gate. */
export interface GatedStream {
  /** For an adapter's `stream`: the `before` parts, a wait at `gate`, then the `after` parts. */
  stream(): AsyncGenerator<AdapterStreamPart>;
  readonly gate: Gate;
  /** Whether a stream ran to its end or was closed early (its `finally` ran). */
  readonly closed: boolean;
}

/** A {@link GatedStream} of `before`, a pause until `gate.open()`, then `after`. */
export function gatedStream(
  before: readonly AdapterStreamPart[],
  after: readonly AdapterStreamPart[],
): GatedStream {
  const gate = createGate();
  let closed = false;
  return {
    gate,
    get closed() {
      return closed;
    },
    async *stream() {
      try {
        yield* before;
        await gate.passed;
        yield* after;
      } finally {
        closed = true;
      }
    },
  };
}
