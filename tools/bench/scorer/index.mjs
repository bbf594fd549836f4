// Scorer speed: our wasm and the peers in this one process on the same drafts, the wasm cold
// start in fresh processes, the native build through cargo, and the shipped sizes.
import { join } from 'node:path';
import { readDrafts, buildCorpus } from './corpus.mjs';
import { loadWasm } from './wasm.mjs';
import { loadHarper, loadWriteGood, naive } from './peers.mjs';
import { timeSets, timeSync, timeAsync, elapsedMs } from './timer.mjs';
import { coldInit } from './cold-init.mjs';
import { percentile, round } from '../lib/stats.mjs';

// The slow peers are timed on every n-th 280-character draft, or they alone would take minutes.
const HARPER_STEP = 12;
const WRITEGOOD_STEP = 3;

const p = (samples, q) => round(percentile(samples, q));

export function corpusFor(root) {
  return buildCorpus(readDrafts(join(root, 'tests/corpus/drafts.jsonl')));
}

/** In-process figures (µs): wasm at three lengths, then each peer on the 280-character drafts. */
export async function benchInProcess(root, log = () => {}) {
  const corpus = corpusFor(root);
  const out = { corpus_drafts_280: corpus.full.length, corpus_drafts_5000: corpus.long.length };
  log(`corpus: ${corpus.short.length} drafts, groups ${corpus.groups.join(' ')}`);

  const score = await loadWasm(root, 'page');
  const { short, full, long } = timeSets(score, { short: corpus.short, full: corpus.full, long: corpus.long }, { rounds: 20 });
  Object.assign(out, {
    score_wasm_short_p50_us: p(short, 0.5),
    score_wasm_280_p50_us: p(full, 0.5),
    score_wasm_280_p99_us: p(full, 0.99),
    score_wasm_5000_p50_us: p(long, 0.5),
    score_wasm_5000_p99_us: p(long, 0.99),
  });
  log(`wasm: 280 p50 ${out.score_wasm_280_p50_us} µs`);

  const naiveSamples = timeSync(naive.lint, corpus.full, { rounds: 20 });
  out.peer_naive_js_280_p50_us = p(naiveSamples, 0.5);
  out.peer_naive_js_280_p99_us = p(naiveSamples, 0.99);

  const writeGood = loadWriteGood();
  const wg = timeSync(writeGood.lint, corpus.full.filter((_, i) => i % WRITEGOOD_STEP === 0), { warmup: 1, rounds: 4 });
  out.peer_writegood_280_p50_us = p(wg, 0.5);
  out.peer_writegood_280_p99_us = p(wg, 0.99);
  log(`naive JS ${out.peer_naive_js_280_p50_us} µs, write-good ${out.peer_writegood_280_p50_us} µs`);

  try {
    const { value: harper, ms } = await elapsedMs(loadHarper);
    out.peer_harperjs_setup_ms = round(ms, 1);
    const subset = corpus.full.filter((_, i) => i % HARPER_STEP === 0);
    const hs = await timeAsync(harper.lint, subset, { warmup: 1, rounds: 2 });
    out.peer_harperjs_280_p50_us = p(hs, 0.5);
    out.peer_harperjs_280_p99_us = p(hs, 0.99);
    log(`harper.js ${out.peer_harperjs_280_p50_us} µs (setup ${out.peer_harperjs_setup_ms} ms)`);
  } catch (e) {
    out.peer_harperjs_280_p50_us = null;
    log(`harper.js could not run: ${e.message}`);
  }
  return out;
}

export { coldInit };
