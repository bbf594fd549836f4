// The benchmark's own arithmetic: if a percentile, a ratio or the profile attribution were wrong,
// every figure in the report would be wrong with it. Run: node --test tools/bench/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile, median, pairedDifferences, round, bootstrapDifference } from '../lib/stats.mjs';
import { addRatios, judge, BUDGETS } from '../lib/budgets.mjs';
import { formatReport } from '../lib/table.mjs';
import { writeDocs, BEGIN, END } from '../lib/docs.mjs';
import { readDrafts, buildCorpus, sized, groupOf } from '../scorer/corpus.mjs';
import { naiveScore } from '../scorer/naive.mjs';
import { extensionCpuMs, busyMs, onCpu, pageScriptMs } from '../browser/cdp.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const chars = (s) => [...s].length;

test('percentiles use the nearest rank and ignore non-numbers', () => {
  const xs = [5, 1, 4, 2, 3, NaN, null];
  assert.equal(median(xs), 3);
  assert.equal(percentile(xs, 0), 1);
  assert.equal(percentile(xs, 1), 5);
  assert.equal(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 0.99), 99);
  assert.equal(percentile([], 0.5), null);
  assert.throws(() => percentile([1], 95), RangeError);
  assert.deepEqual(pairedDifferences([3, 5, 9], [1, 1]), [2, 4]);
  assert.equal(round(1 / 3, 3), 0.333);
  assert.equal(round(Infinity), null);
});

test('the bootstrap interval of a difference is repeatable, covers the figure and narrows with more data', () => {
  const noisy = (n, shift, seed) => Array.from({ length: n }, (_, i) => shift + ((i * 7919 + seed) % 100) / 10);
  const p95 = (s) => percentile(s, 0.95);
  const [low, high] = bootstrapDifference(noisy(200, 1, 3), noisy(200, 0, 5), p95);
  assert.deepEqual(bootstrapDifference(noisy(200, 1, 3), noisy(200, 0, 5), p95), [low, high]);
  assert.ok(low <= 1 && 1 <= high, `[${low}, ${high}] holds the true shift of 1`);
  const [wideLow, wideHigh] = bootstrapDifference(noisy(20, 1, 3), noisy(20, 0, 5), p95);
  assert.ok(wideHigh - wideLow > high - low, 'fewer samples, wider interval');
  assert.deepEqual(bootstrapDifference([], [1], p95), [null, null]);
});

test('ratios are derived from their parts, and a missing figure never meets its budget', () => {
  const report = addRatios({ score_wasm_280_p50_us: 10, peer_naive_js_280_p50_us: 4, peer_harperjs_280_p50_us: 2000, score_wasm_5000_p50_us: 250 });
  assert.equal(report.wasm_vs_naive_js_280_ratio, 2.5);
  assert.equal(report.harperjs_vs_wasm_280_ratio, 200);
  assert.equal(report.wasm_5000_vs_280_ratio, 25);
  const met = judge({ ...report, wasm_bytes: 120 * 1024, off_site_listeners: 0, unsupported_site_contexts: 1 });
  assert.equal(met.score_wasm_280_p50_us, true);
  assert.equal(met.wasm_vs_naive_js_280_ratio, false, '2.5× is not within 2×');
  assert.equal(met.harperjs_vs_wasm_280_ratio, true, 'a minimum is met from above');
  assert.equal(met.wasm_5000_vs_280_ratio, false);
  assert.equal(met.wasm_bytes, true, 'the bound itself is within budget');
  assert.equal(met.off_site_listeners, true);
  assert.equal(met.unsupported_site_contexts, false);
  assert.equal(met.popup_open_ms, false, 'not measured');
  assert.equal(Object.keys(met).length, BUDGETS.length);
  assert.equal(addRatios({ score_wasm_280_p50_us: 0, score_wasm_5000_p50_us: 5 }).wasm_5000_vs_280_ratio, null, 'no division by zero');
});

test('the table says met, NOT MET or not measured for each budget', () => {
  const report = { popup_open_ms: 120, score_wasm_cold_init_ms: 12, extra_ms: 1.5 };
  const lines = formatReport(report, judge(report));
  const line = (key) => lines.find((l) => l.startsWith(key));
  assert.match(line('popup_open_ms'), /120\.0 ms\s+≤ 100 ms\s+NOT MET$/);
  assert.match(line('score_wasm_cold_init_ms'), /met$/);
  assert.match(line('keystroke_added_ms_p95'), /not measured$/);
  assert.match(line('worker_cold_reply_ms'), /≤ 50 ms\s+not measured$/);
  assert.match(line('dist_bytes'), /≤ 1\.5 MB\s+not measured$/);
  assert.match(line('wasm_bytes'), /≤ 120 KB\s+not measured$/);
  assert.ok(lines.some((l) => /extra_ms\s+1\.500 ms/.test(l)), 'figures without a budget are listed too');
  const total = BUDGETS.length;
  assert.equal(lines.at(-1), `1 of ${total} budgets met, 1 NOT MET, ${total - 2} not measured`);
});

test('the docs block is replaced and the rest of the document kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-docs-'));
  try {
    mkdirSync(join(dir, 'docs'));
    const path = join(dir, 'docs/performance.md');
    writeFileSync(path, `# Title\n\nintro\n${BEGIN}\nold table\n${END}\n\nhow to run\n`);
    const full = { popup_open_ms: 50, met: { popup_open_ms: true }, machine: { nproc: 2, cpu: 'Test CPU' }, generated_at: '2026-11-23T00:00:00Z' };
    writeDocs(dir, full);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.startsWith('# Title\n\nintro\n'));
    assert.ok(text.endsWith(`${END}\n\nhow to run\n`));
    assert.ok(!text.includes('old table'));
    assert.match(text, /\| `popup_open_ms` \| 50\.0 ms \| ≤ 100 ms \| met \|/);
    assert.match(text, /2 × Test CPU/);
    writeFileSync(path, '# no markers\n');
    assert.throws(() => writeDocs(dir, full), /no <!-- bench:begin -->/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the corpus grows drafts to exact lengths within one language or script', () => {
  const rows = readDrafts(join(ROOT, 'tests/corpus/drafts.jsonl'));
  const corpus = buildCorpus(rows);
  assert.equal(corpus.short.length, rows.length);
  assert.equal(corpus.full.length, rows.length);
  assert.ok(corpus.full.every((d) => chars(d.text) === 280));
  assert.ok(corpus.long.length >= 15 && corpus.long.every((d) => chars(d.text) === 5000));
  for (const script of ['han', 'hangul', 'cyrillic', 'arabic', 'de', 'en']) assert.ok(corpus.groups.includes(script), `has ${script}`);
  const korean = corpus.full[rows.findIndex((r) => groupOf(r) === 'hangul')].text;
  assert.doesNotMatch(korean, /[A-Za-zА-я]{4}/, 'a Korean draft is grown with Korean text');
  assert.ok(corpus.full.some((d) => d.context?.quoted_text), 'contexts are kept');
  assert.equal(sized([{ text: '😀x' }], 0, 5), '😀x\n\n😀', 'lengths are in characters, not UTF-16 units');
  assert.equal(sized([{ text: '' }], 0, 3), '', 'an empty group cannot loop forever');
  assert.equal(sized([], 0, 3), '');
});

test('a bad corpus line is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  try {
    writeFileSync(join(dir, 'c.jsonl'), '{"id":"en-1","text":"ok"}\n{oops\n');
    assert.throws(() => readDrafts(join(dir, 'c.jsonl')), /c\.jsonl:2: not JSON/);
    writeFileSync(join(dir, 'd.jsonl'), '{"id":"en-1"}\n');
    assert.throws(() => readDrafts(join(dir, 'd.jsonl')), /d\.jsonl:1: no "text"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the naive scorer tells a bare link from a reasoned thought, and never throws', () => {
  assert.equal(naiveScore({ text: 'https://example.com/story' }).level, 'blind');
  assert.equal(naiveScore({ text: 'So true 👇 #news #wow' }).level, 'blind');
  const thought = naiveScore({ text: 'I tried this at work last week because our builds took 40 minutes, and it cut them to 12. Would it help your team too?' });
  assert.equal(thought.level, 'thoughtful');
  for (const bad of [null, {}, { text: 42 }]) assert.equal(naiveScore(bad).level, 'blind');
});

test('profile attribution counts every sample with extension code anywhere on its stack', () => {
  const ext = 'chrome-extension://abc/content.js';
  const frame = (url, functionName = 'f') => ({ url, functionName, scriptId: '1', lineNumber: 0, columnNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('', '(root)'), children: [2, 4] },
      { id: 2, callFrame: frame(ext), children: [3] },
      { id: 3, callFrame: frame('', 'querySelectorAll'), children: [] },
      { id: 4, callFrame: frame('https://x.com/app.js'), children: [] },
      { id: 5, callFrame: frame('', '(idle)'), children: [] },
    ],
    samples: [2, 3, 4, 3, 5, 1],
    timeDeltas: [0, 100, 200, 300, 400, 1000],
    startTime: 0,
    endTime: 1000,
  };
  // Sample i lasts until sample i+1: 2 → 100 µs, 3 → 200, 4 → 300 (page), 3 → 400, idle → 1000, 1 → 0 (last)
  assert.equal(extensionCpuMs(profile, 'abc'), 0.7);
  assert.equal(extensionCpuMs(profile, 'other'), 0);
  assert.equal(busyMs(profile), 1);
  // Busy 1 ms of wall time but only 0.5 ms on the CPU: the thread waited for a core half the time.
  assert.equal(onCpu({ ext: 0.7, busy: 1 }, 0.5), 0.35);
  assert.equal(onCpu({ ext: 0.7, busy: 1 }, 3), 0.7, 'never scaled up');
  assert.equal(onCpu({ ext: 0, busy: 0 }, 1), 0);
  assert.equal(onCpu({ ext: 0.7, busy: 1 }, -20), 0.7, 'a reading from another renderer keeps the wall time');
  assert.equal(pageScriptMs(profile), 0.3);
  assert.equal(extensionCpuMs({}, 'abc'), 0);
  assert.equal(extensionCpuMs(profile, null), 0);
});
