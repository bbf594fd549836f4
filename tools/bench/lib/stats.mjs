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

/**
 * A bootstrap interval for `stat(a) − stat(b)` of two independent samples: `rounds` resamples of
 * each with a fixed seed, so a run's interval is repeatable. Returns [low, high] at `coverage`.
 * It says how far a figure like a difference of two p95s could move on resampling alone.
 */
export function bootstrapDifference(a, b, stat, { rounds = 1000, coverage = 0.9, seed = 1 } = {}) {
  const xs = sorted(a);
  const ys = sorted(b);
  if (!xs.length || !ys.length) return [null, null];
  let state = seed >>> 0 || 1;
  const pick = (s) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return s[(state >>> 0) % s.length];
  };
  const diffs = [];
  for (let r = 0; r < rounds; r++) {
    diffs.push(stat(xs.map(() => pick(xs))) - stat(ys.map(() => pick(ys))));
  }
  const tail = (1 - coverage) / 2;
  return [percentile(diffs, tail), percentile(diffs, 1 - tail)];
}
