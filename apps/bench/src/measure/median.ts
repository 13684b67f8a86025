import { quantile } from "./quantile.js";

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  return quantile(values, 0.5);
}
