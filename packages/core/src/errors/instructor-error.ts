/** Options every instr error accepts. */
export interface InstructorErrorOptions {
  cause?: unknown;
}

/** The `Symbol.for` marker each class's `isInstance` guard checks. */
const guardMarkers = new WeakMap<object, symbol>();

/**
 * The base class of every error instr throws. Use the static `isInstance` of each class instead
 * of `instanceof`: it checks a `Symbol.for` marker, so it also works when two copies of
 * `@instr/core` end up in one program.
 *
 * A subclass declares only what is its own:
 * - `static override readonly isInstance = this.markerGuard("my.marker")`: every instance of the
 *   class (and of its subclasses) carries that marker;
 * - its data fields as `declare readonly` properties, set with {@link InstructorError.assignFields}
 *   so that `toJSON` lists them;
 * - its constructor, which sets `this.name` to the class's name as a string literal (a bundler
 *   may rename the class itself).
 */
export class InstructorError extends Error {
  /**
   * True when `error` is an instance of this class (here: any instr error), from this or any
   * other copy of the package. It needs no `this`: `errors.filter(RetryError.isInstance)` works.
   */
  static readonly isInstance = this.markerGuard("instr.error");

  /** The data fields `toJSON` lists, in order. */
  readonly #fieldKeys: string[] = [];

  constructor(message: string, options: InstructorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "InstructorError";
    // Every class from `new.target` up marks the instance, so the `isInstance` of each matches it.
    for (let c: object | null = new.target; c !== null; c = Object.getPrototypeOf(c)) {
      const marker = guardMarkers.get(Reflect.get(c, "isInstance"));
      if (marker !== undefined) Reflect.set(this, marker, true);
    }
  }

  /**
   * The `isInstance` guard of the error class it is called on: true for a value carrying the
   * `Symbol.for(marker)` marker, which the constructor puts on every instance of that class and
   * of its subclasses.
   */
  protected static markerGuard<E extends InstructorError>(
    this: { readonly prototype: E },
    marker: string,
  ): (error: unknown) => error is E {
    const key = Symbol.for(marker);
    const guard = (error: unknown): error is E =>
      typeof error === "object" && error !== null && Reflect.get(error, key) === true;
    guardMarkers.set(guard, key);
    return guard;
  }

  /**
   * Copies the `keys` of `fields` onto the error, in that order, and lists them in `toJSON` after
   * those of the classes above. The subclass declares each of them `declare readonly`: the type is
   * the subclass's, the value is set here.
   */
  protected assignFields<F extends object, K extends keyof F & keyof this & string>(
    fields: F,
    keys: readonly K[],
  ): void {
    for (const key of keys) {
      Reflect.set(this, key, fields[key]);
      this.#fieldKeys.push(key);
    }
  }

  /**
   * A plain, log-safe view of the error: its name, message and data fields (those that are
   * `undefined` left out, as `JSON.stringify` would).
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of this.#fieldKeys) {
      const value: unknown = Reflect.get(this, key);
      if (value !== undefined) json[key] = value;
    }
    return json;
  }
}
