// Order statistics for timing samples. Percentiles use the nearest rank on the sorted samples, the
// same rule as the native example (examples/bench_score.rs), so native and wasm figures compare.

/** Sorted copy of the finite numbers in `samples`. */
export function sorted(samples) {
  return samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** The p-th quantile (0..1) of `samples`; null when there are none. */
export function percentile(samples, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile wants 0..1, got ${p}`);
  const s = sorted(samples);
  if (s.length === 0) return null;
  return s[Math.round((s.length - 1) * p)];
}

export const median = (samples) => percentile(samples, 0.5);

export function mean(samples) {
  const s = sorted(samples);
  return s.length ? s.reduce((n, x) => n + x, 0) / s.length : null;
}

/** Rounds for the report: enough digits for µs-scale figures, no float noise. */
export function round(x, digits = 2) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Per-item differences of two equally long series (with[i] − without[i]). */
export function pairedDifferences(withSeries, withoutSeries) {
  const n = Math.min(withSeries.length, withoutSeries.length);
  return Array.from({ length: n }, (_, i) => withSeries[i] - withoutSeries[i]);
}
