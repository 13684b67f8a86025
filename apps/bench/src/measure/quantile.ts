/**
 * The `q`-quantile of `values` (0 ≤ q ≤ 1), linearly interpolated between the two nearest ranks:
 * 0.5 is the median (the mean of the middle two for an even count), 0.25 and 0.75 the quartiles.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError("quantile of no values");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The spread of a sample: the median and the interquartile range (first to third quartile). */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
}

/** The {@link Spread} of `values`. */
export function spread(values: readonly number[]): Spread {
  return { median: quantile(values, 0.5), q1: quantile(values, 0.25), q3: quantile(values, 0.75) };
}
