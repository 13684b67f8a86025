/** What {@link withinTime} gives when the promise has not settled in time. */
export const LATE: unique symbol = Symbol("late");

/** `promise`'s outcome if it settles within `ms` milliseconds, else {@link LATE}. */
export function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(LATE), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
