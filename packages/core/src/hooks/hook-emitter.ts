import type { HookHandlers, HookName } from "../instructor-types/hooks.js";

type HandlerSets = { [E in HookName]?: Set<HookHandlers[E]> };

/**
 * A small typed event emitter for the instructor hooks. A throwing handler never breaks the
 * call: the error is reported with `console.error` (naming the hook) and the other handlers
 * still run.
 */
export class HookEmitter {
  // Not readonly: an emitter made by `withTap` shares its parent's.
  private handlers: HandlerSets = {};
  /** Sees every event it has a method for, before the handlers (see `withTap`). */
  private tap: Partial<HookHandlers> | undefined;

  /** Registers every handler of `hooks` (the `hooks` option of `createInstructor`). */
  constructor(hooks: Partial<HookHandlers> = {}) {
    this.register(hooks);
  }

  /**
   * An emitter for one call: the same handlers as this one (shared, not copied), and `tap`'s
   * methods called first for their events. A tap that throws is reported like a handler.
   */
  withTap(tap: Partial<HookHandlers>): HookEmitter {
    const tapped = new HookEmitter();
    tapped.handlers = this.handlers;
    tapped.tap = tap;
    return tapped;
  }

  /** Subscribes every handler of `hooks`. */
  register(hooks: Partial<HookHandlers>): void {
    // Object.keys is typed string[]; the keys of a Partial<HookHandlers> are hook names.
    for (const name of Object.keys(hooks) as HookName[]) {
      const handler = hooks[name];
      if (handler !== undefined) this.on(name, handler);
    }
  }

  /** Subscribes `handler` to `event`; returns the unsubscribe function. */
  on<E extends HookName>(event: E, handler: HookHandlers[E]): () => void {
    this.setOf(event).add(handler);
    return () => this.off(event, handler);
  }

  /** Removes `handler` from `event` (a no-op when it is not subscribed). */
  off<E extends HookName>(event: E, handler: HookHandlers[E]): void {
    this.handlers[event]?.delete(handler);
  }

  /**
   * Whether `event` has a handler. Hot paths check it before building a payload, so a call
   * nobody listens to allocates no event objects.
   */
  listens(event: HookName): boolean {
    if (this.tap?.[event] !== undefined) return true;
    const set = this.handlers[event];
    return set !== undefined && set.size > 0;
  }

  /** Calls every handler of `event` with `payload`, in subscription order. */
  emit<E extends HookName>(event: E, payload: Parameters<HookHandlers[E]>[0]): void {
    const tap = this.tap;
    if (tap?.[event] !== undefined) {
      try {
        // Called as a method of the tap; TS cannot correlate handler and payload of a generic E.
        (tap as Record<E, (payload: Parameters<HookHandlers[E]>[0]) => void>)[event](payload);
      } catch (error) {
        console.error(`[instr] the "${event}" hook tap threw; the call goes on.`, error);
      }
    }
    const set = this.handlers[event];
    if (set === undefined) return;
    // Iterate over a copy so a handler that unsubscribes itself does not skip its neighbour.
    for (const handler of [...set]) {
      try {
        // TS cannot correlate the handler and payload types of a generic event name.
        (handler as (payload: Parameters<HookHandlers[E]>[0]) => void)(payload);
      } catch (error) {
        console.error(`[instr] the "${event}" hook handler threw; the call goes on.`, error);
      }
    }
  }

  /** A new emitter holding the handlers subscribed now; later changes to either stay apart. */
  clone(): HookEmitter {
    const copy = new HookEmitter();
    // Object.keys is typed string[]; the keys of HandlerSets are hook names.
    for (const name of Object.keys(this.handlers) as HookName[]) {
      for (const handler of this.handlers[name] ?? []) copy.on(name, handler);
    }
    return copy;
  }

  private setOf<E extends HookName>(event: E): Set<HookHandlers[E]> {
    const existing = this.handlers[event];
    if (existing !== undefined) return existing;
    const created = new Set<HookHandlers[E]>();
    // A write through a generic key is checked against every event at once; `created` is the set of E.
    (this.handlers as Record<E, Set<HookHandlers[E]>>)[event] = created;
    return created;
  }
}
