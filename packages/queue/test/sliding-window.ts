/** The most of `times` (sorted, ms) that fall in any half-open interval of `length` ms. */
export function maxInSlidingWindow(times: readonly number[], length: number): number {
  let best = 0;
  let first = 0;
  for (const [last, time] of times.entries()) {
    while (time - (times[first] ?? time) >= length) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}
