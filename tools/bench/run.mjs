// The benchmark suite (issue 7): `node tools/bench/run.mjs` (or `./build.sh bench`, which builds
// dist/ and the fixtures first). Prints each figure beside its budget and writes
// target/bench/report.json. A missed budget is printed, not fatal: a benchmark is not a test.
//   --only=sizes,native,scorer,cold,browser,worker   run some sections (default: all)
//   --write-docs                              also put the table into docs/performance.md
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addRatios, judge, budgetTable } from './lib/budgets.mjs';
import { formatReport } from './lib/table.mjs';
import { machine } from './lib/machine.mjs';
import { writeDocs } from './lib/docs.mjs';
import { sizes } from './scorer/sizes.mjs';
import { nativeScore } from './scorer/native.mjs';
import { benchInProcess, coldInit } from './scorer/index.mjs';
import { readDrafts } from './scorer/corpus.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = process.env.BENCH_OUT ? resolve(process.env.BENCH_OUT) : join(ROOT, 'target/bench'); // elsewhere for a partial run
const SECTIONS = ['sizes', 'native', 'scorer', 'cold', 'browser', 'worker'];
const SECTION_LIMIT_MS = 12 * 60_000; // a hung browser or build must not stall the run forever

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = (only ?? []).filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const wanted = (s) => !only || only.includes(s);
const log = (line) => console.log(`  · ${line}`);

const report = {};
const errors = {};
const problems = [];
const started = Date.now();
const load = { start: loadavg()[0] };

async function section(name, title, run) {
  if (!wanted(name)) return;
  console.log(`\n== ${title}`);
  const t = Date.now();
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${SECTION_LIMIT_MS / 60_000} minutes`)), SECTION_LIMIT_MS);
  });
  try {
    Object.assign(report, await Promise.race([run(), limit]));
  } catch (e) {
    errors[name] = e?.message ?? String(e);
    console.log(`  ! ${name} failed: ${errors[name]}`);
  } finally {
    clearTimeout(timer);
  }
  log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
}

await section('sizes', 'sizes of dist/', () => sizes(ROOT));
await section('native', 'native scorer (cargo run --release --example bench_score)', () => {
  const native = nativeScore(ROOT);
  if (native.error) throw new Error(native.error);
  return native;
});
await section('scorer', 'wasm scorer and peers, in this process', () => benchInProcess(ROOT, log));
await section('cold', 'wasm cold start, fresh processes', () => coldInit(ROOT));
await section('browser', 'in Chromium, with and without the extension', async () => {
  const { benchBrowser } = await import('./browser/index.mjs'); // needs playwright-core: only when asked
  const { figures, problems: found } = await benchBrowser(readDrafts(join(ROOT, 'tests/corpus/drafts.jsonl')), log);
  problems.push(...found);
  return figures;
});

await section('worker', 'a count to a stopped service worker, in Chromium', async () => {
  const { benchWorker } = await import('./browser/index.mjs');
  const { figures, problems: found } = await benchWorker(log);
  problems.push(...found);
  return figures;
});

load.end = loadavg()[0];
addRatios(report);
const met = judge(report);
const info = { ...machine(), load_1min_start: Math.round(load.start * 100) / 100, load_1min_end: Math.round(load.end * 100) / 100 };
const full = {
  ...report,
  budgets: budgetTable(),
  met,
  machine: info,
  problems,
  errors,
  sections: SECTIONS.filter(wanted),
  generated_at: new Date().toISOString(),
  duration_s: Math.round((Date.now() - started) / 1000),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(full, null, 2) + '\n');

console.log(`\n== results (${info.nproc} × ${info.cpu}, ${info.memory_gb} GB, load ${info.load_1min_start} → ${info.load_1min_end})\n`);
for (const line of formatReport(report, met)) console.log(line);
// The bench's own two browsers add about 2 to the end figure; only load beyond that is others'.
if (load.start > info.nproc * 0.75 || load.end > info.nproc * 1.5) {
  console.log(`\nnote: the machine was busy (1-min load up to ${Math.max(load.start, load.end).toFixed(1)} on ${info.nproc} cores); timings are inflated.`);
}
for (const p of problems) console.log(`problem: ${p}`);
for (const [name, message] of Object.entries(errors)) console.log(`error in ${name}: ${message}`);
if (args.includes('--write-docs')) console.log(`\nupdated ${writeDocs(ROOT, full)}`);
console.log(`\nwrote ${join(OUT, 'report.json')} in ${full.duration_s} s`);
process.exit(0); // a section that gave up may still hold a browser open
