/**
 * The mutable builder of one open JSON container (an array or object still being streamed).
 *
 * A frame holds only the FINAL values of its finished children; the child still being written
 * is either the next frame on the parser's stack or the parser's open scalar. Snapshots are
 * built from frames on demand, so streaming costs nothing until someone asks for a value.
 */
export type JsonFrame = ArrayFrame | ObjectFrame;

/**
 * An open array: its finished elements, the first `count` of `items`. `items` may hold one more
 * slot, the partial value of the element being written as the last snapshot showed it: a
 * snapshot then is one exact-length `slice` (an append to a copy would grow the copy again).
 */
export interface ArrayFrame {
  readonly kind: "array";
  readonly items: unknown[];
  /** The finished elements. */
  count: number;
  /** The last snapshot built from this frame; current while the parser is not dirty. */
  snapshot: unknown;
  /** What a snapshot of this frame costs: its finished children, plus one. */
  width: number;
  /** How many segments of the element path lead here (-1: off the path). */
  readonly match: number;
  /** True when this array's elements are reported to `onElement`. */
  readonly target: boolean;
}

/**
 * An open object: its finished properties and the key of the value being written. Once a
 * snapshot has shown that value, `values` holds its partial value under its key too (until the
 * final one replaces it): a snapshot then is one spread of `values`, without adding a property to
 * the copy (which costs V8 far more than the spread).
 */
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
    if (openChild === undefined) return frame.items.slice(0, frame.count);
    frame.items[frame.count] = openChild;
    return frame.items.slice();
  }
  if (openChild !== undefined && frame.key !== undefined) {
    setOwnProperty(frame.values, frame.key, openChild);
  }
  // Spread copies `__proto__` as an own data property, exactly like setOwnProperty.
  return { ...frame.values };
}

/**
 * Stores the final value of a finished child in its open frame: the next element of an array
 * (over the partial one a snapshot may have left in its slot), or the value of the current key.
 */
export function storeChild(frame: JsonFrame, value: unknown): void {
  if (frame.kind === "array") {
    frame.items[frame.count] = value;
    frame.count++;
  } else {
    setOwnProperty(frame.values, frame.key!, value);
    frame.key = undefined;
  }
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
  if (frame.kind === "object") return frame.values;
  // Every element was stored over its slot: no partial one is left after the last.
  frame.items.length = frame.count;
  return frame.items;
}
