/**
 * A level-triggered wake-up for one waiting loop: a `notify` that comes before `wait` is not
 * lost, so the loop never sleeps through a state change.
 */
export class Wakeup {
  #pending = false;
  #resolve: (() => void) | undefined;

  notify(): void {
    this.#pending = true;
    this.#resolve?.();
  }

  /** Resolves on the next (or an earlier unconsumed) `notify`, or after `timeoutMs`. */
  async wait(timeoutMs?: number): Promise<void> {
    if (!this.#pending) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#resolve = resolve;
        if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.#resolve = undefined;
    }
    this.#pending = false;
  }
}
