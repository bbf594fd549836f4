// Cold start of the page scorer: compile + instantiate + the first score, each run in a fresh Node
// process so no compiled code, JIT state or warmed-up allocator carries over between runs.
// Run as a script it is the child; imported, `coldInit` spawns the children and takes the median.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { wasmFiles } from './wasm.mjs';
import { reportReader } from '../../../extension/shared/report.js';
import { median, round } from '../lib/stats.mjs';

const SELF = fileURLToPath(import.meta.url);
const FIRST_DRAFT = {
  text: 'Read this after our build times doubled: the author blames the cache, but in our case it was the test sharding. Has anyone measured both?',
  context: { action: 'quote', quoted_text: 'Why your CI got slower this year' },
};

async function child(root) {
  const files = wasmFiles(root);
  const bytes = readFileSync(files.wasm);
  const t0 = performance.now();
  const glue = await import(pathToFileURL(files.glue).href);
  const t1 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t2 = performance.now();
  glue.initSync({ module });
  const t3 = performance.now();
  const report = reportReader(glue)(FIRST_DRAFT);
  const t4 = performance.now();
  if (typeof report?.score !== 'number') throw new Error('first score returned no report');
  return { glue_ms: t1 - t0, compile_ms: t2 - t1, instantiate_ms: t3 - t2, first_score_ms: t4 - t3, total_ms: t4 - t1 };
}

/** Median of `runs` fresh processes: {score_wasm_cold_init_ms (compile+instantiate+first score), parts}. */
export function coldInit(root, runs = 7) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [SELF, root], { encoding: 'utf8', timeout: 60_000 });
    samples.push(JSON.parse(out.trim().split('\n').at(-1)));
  }
  const med = (k) => round(median(samples.map((s) => s[k])), 3);
  return {
    score_wasm_cold_init_ms: med('total_ms'),
    wasm_cold_compile_ms: med('compile_ms'),
    wasm_cold_instantiate_ms: med('instantiate_ms'),
    wasm_cold_first_score_ms: med('first_score_ms'),
    wasm_glue_import_ms: med('glue_ms'),
  };
}

if (process.argv[1] === SELF) {
  child(process.argv[2]).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e?.stack ?? e);
      process.exit(1);
    },
  );
}
