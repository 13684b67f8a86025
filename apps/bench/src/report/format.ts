import type { Spread } from "../measure/quantile.js";

/** `12.3 ms` / `1.23 s`: a duration for a table cell. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** `23.4×`: a ratio for a table cell. */
export function formatRatio(ratio: number): string {
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

/** `12.3 µs`: a per-call duration given in milliseconds. */
export function formatMicros(ms: number): string {
  return `${(ms * 1000).toFixed(1)} µs`;
}

/** `1.23× (1.10×–1.40×)`: a median ratio with its interquartile range. */
export function formatRatioSpread({ median, q1, q3 }: Spread): string {
  return `${formatRatio(median)} (${formatRatio(q1)}–${formatRatio(q3)})`;
}

/** `1.012× (1.004×–1.020×)`: a ratio near 1 with its interquartile range, to three decimals. */
export function formatFineRatioSpread({ median, q1, q3 }: Spread): string {
  const fine = (ratio: number) => `${ratio.toFixed(3)}×`;
  return `${fine(median)} (${fine(q1)}–${fine(q3)})`;
}

/** `12.3 µs (10.1 µs – 14.0 µs)`: a median per-call duration with its interquartile range. */
export function formatMicrosSpread({ median, q1, q3 }: Spread): string {
  return `${formatMicros(median)} (${formatMicros(q1)} – ${formatMicros(q3)})`;
}
