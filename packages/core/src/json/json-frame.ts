/**
 * The mutable builder of one open JSON container (an array or object still being streamed).
 *
 * A frame holds only the FINAL values of its finished children; the child still being written
 * is either the next frame on the parser's stack or the parser's open scalar. Snapshots are
 * built from frames on demand, so streaming costs nothing until someone asks for a value.
 */
export type JsonFrame = ArrayFrame | ObjectFrame;

/** An open array: its finished elements. */
export interface ArrayFrame {
  readonly kind: "array";
  readonly items: unknown[];
  /** The last snapshot built from this frame; current while the parser is not dirty. */
  snapshot: unknown;
  /** What a snapshot of this frame costs: its finished children, plus one. */
  width: number;
  /** How many segments of the element path lead here (-1: off the path). */
  readonly match: number;
  /** True when this array's elements are reported to `onElement`. */
  readonly target: boolean;
}

/** An open object: its finished properties and the key of the value being written. */
export interface ObjectFrame {
  readonly kind: "object";
  readonly values: Record<string, unknown>;
  /** The key whose value is being written, once its closing quote has arrived. */
  key: string | undefined;
  snapshot: unknown;
  width: number;
  readonly match: number;
}

/**
 * Sets an own enumerable property, like `JSON.parse` does. A plain assignment of `__proto__`
 * would replace the prototype instead of storing data.
 */
export function setOwnProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * A new immutable view of `frame`: its finished children, plus `openChild` (the partial value
 * of the child being written) unless it is `undefined`. Costs O(width of the frame); unchanged
 * children keep their identity.
 */
function buildSnapshot(frame: JsonFrame, openChild: unknown): unknown {
  if (frame.kind === "array") {
    // One allocation of the final length: a push onto a slice would grow (copy) it again.
    return openChild === undefined ? frame.items.slice() : frame.items.concat([openChild]);
  }
  // Spread copies `__proto__` as an own data property, exactly like setOwnProperty.
  const copy = { ...frame.values };
  if (openChild !== undefined && frame.key !== undefined) {
    setOwnProperty(copy, frame.key, openChild);
  }
  return copy;
}

/**
 * Rebuilds the snapshot of every open frame, innermost first, around `openChild` (the partial
 * value of the scalar being written, or `undefined`); returns the outermost one (`openChild`
 * when no frame is open). Costs O(total width of the frames).
 */
export function rebuildSnapshots(stack: readonly JsonFrame[], openChild: unknown): unknown {
  let child = openChild;
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const frame = stack[depth]!;
    frame.snapshot = buildSnapshot(frame, child);
    child = frame.snapshot;
  }
  return child;
}

/**
 * The final value of a frame just closed. A finished frame is never mutated again, so its own
 * storage can be the value; when its last snapshot is still current (`snapshotCurrent`), that
 * snapshot is it, and keeps its identity.
 */
export function closedFrameValue(frame: JsonFrame, snapshotCurrent: boolean): unknown {
  if (snapshotCurrent) return frame.snapshot;
  return frame.kind === "array" ? frame.items : frame.values;
}
