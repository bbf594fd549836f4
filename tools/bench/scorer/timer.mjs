// Per-call timing: every draft is timed on its own (not a batch average), so p99 shows the slow
// drafts rather than hiding them. Warm-up lets the JIT and wasm tier-up settle first: by time as
// well as by rounds, since V8 moves hot wasm functions from its baseline compiler to the optimising
// one over a few hundred milliseconds of calls (measured: 280-character p50 ~30 µs for the first
// ~250 ms, ~13 µs after), and a fast scorer runs few rounds in that time.

const now = () => process.hrtime.bigint();
const micros = (from, to) => Number(to - from) / 1000;

/** Keeps results alive so the engine cannot drop a call whose result is unused. */
export let sink = 0;
const keep = (r) => {
  sink = (sink + (r ? 1 : 0)) | 0;
};

/**
 * Times `fn(draft)` for each draft of each named set, `rounds` times, after at least `warmup`
 * rounds and `warmupMs` of warm-up calls. The sets take turns round by round, so figures compared
 * with each other (280 against 5,000 characters) see the same spells of a faster or slower host.
 * Samples in µs, per set.
 */
export function timeSets(fn, sets, { warmup = 3, warmupMs = 1000, rounds = 20 } = {}) {
  const names = Object.keys(sets);
  const start = now();
  for (let r = 0; r < warmup || micros(start, now()) < warmupMs * 1000; r++) {
    for (const name of names) for (const d of sets[name]) keep(fn(d));
  }
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      for (const d of sets[name]) {
        const t = now();
        const out = fn(d);
        samples[name].push(micros(t, now()));
        keep(out);
      }
    }
  }
  return samples;
}

/** `timeSets` for one set of drafts. */
export const timeSync = (fn, drafts, options) => timeSets(fn, { drafts }, options).drafts;

/** The same for a promise-returning `fn` (harper.js): each call is awaited before the next. */
export async function timeAsync(fn, drafts, { warmup = 1, rounds = 3 } = {}) {
  for (let r = 0; r < warmup; r++) for (const d of drafts) keep(await fn(d));
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      const t = now();
      const out = await fn(d);
      samples.push(micros(t, now()));
      keep(out);
    }
  }
  return samples;
}

/** Milliseconds taken by an async step, for one-off costs such as a linter's setup. */
export async function elapsedMs(step) {
  const t = now();
  const value = await step();
  return { value, ms: micros(t, now()) / 1000 };
}
