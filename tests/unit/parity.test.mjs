// The wasm scorer the extension ships (the page's module, which the worker's score handler also
// loads for pages whose CSP blocks wasm) must score exactly like the native build the Rust tests
// check: same score, level and (first four) reasons for every draft of tests/parity/drafts.json, called the way
// extension/content/scorer.js and the worker's score handler call it. The native side is computed here and now by
// `second-thought score`, so there is no stored expectation to go stale.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportReader } from '../../extension/shared/report.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const BUILDS = ['page']; // target/wasm/<name>.js + <name>_bg.wasm, as build.sh makes them; `core` does not score

const set = JSON.parse(readFileSync(join(ROOT, 'tests/parity/drafts.json'), 'utf8'));
const drafts = set.drafts.map(({ id, text, context, repeat }) => ({ id, text: text.repeat(repeat ?? 1), ...(context ? { context } : {}) }));

/** Scores JSON-line drafts with the native command line; a release build on first use. */
function nativeScores(lines) {
  const run = spawnSync('cargo', ['run', '--release', '--quiet', '--bin', 'second-thought', '--', 'score'], {
    cwd: ROOT,
    input: lines.map((d) => JSON.stringify(d)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 15 * 60_000,
  });
  assert.equal(run.status, 0, `second-thought score failed: ${run.error ?? run.stderr}`);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

// A page's report carries at most four reasons (src/score/packed.rs); the chip shows the first.
const pick = ({ id, score, level, reasons }) => ({ id, score, level, reasons: reasons.slice(0, 4) });

const modules = {};
const readers = {}; // what the extension scores with: extension/shared/report.js over each module
let native;
before(async () => {
  for (const name of BUILDS) {
    const glue = join(ROOT, `target/wasm/${name}.js`);
    const bytes = join(ROOT, `target/wasm/${name}_bg.wasm`);
    assert.ok(existsSync(glue) && existsSync(bytes), `target/wasm/${name}.js is missing: run ./build.sh first`);
    modules[name] = await import(pathToFileURL(glue).href);
    modules[name].initSync({ module: readFileSync(bytes) });
    readers[name] = reportReader(modules[name]);
  }
  native = nativeScores(drafts);
});

for (const name of BUILDS) {
  test(`the ${name} wasm scores every parity draft exactly like the native build`, () => {
    assert.ok(drafts.length >= 180, `about 200 drafts, found ${drafts.length}`);
    assert.equal(native.length, drafts.length, 'one native answer per draft');
    const differ = [];
    drafts.forEach((draft, i) => {
      assert.equal(native[i].id, draft.id, 'native answers come back in order');
      assert.equal(native[i].error, undefined, `native refused ${draft.id}: ${native[i].error}`);
      const here = pick({ id: draft.id, ...readers[name](draft) });
      if (JSON.stringify(here) !== JSON.stringify(pick(native[i]))) differ.push({ wasm: here, native: pick(native[i]) });
    });
    assert.deepEqual(differ, [], `${differ.length} of ${drafts.length} drafts score differently in the ${name} wasm`);
  });
}

test('a lone surrogate from the page is read as U+FFFD, as the native build reads it', () => {
  // JS strings can hold lone surrogates (a half-deleted emoji in a contenteditable); UTF-8 cannot.
  const broken = { id: 'lone', text: 'I kept this \ud83d because the rest \udc4d of it is true?' };
  const replaced = { ...broken, text: broken.text.replace(/[\ud800-\udfff]/g, '\ufffd') };
  const [expected] = nativeScores([replaced]);
  for (const name of BUILDS) assert.deepEqual(pick({ id: 'lone', ...readers[name](broken) }), pick(expected), name);
});

test('bad input to the wasm is a thrown Error, never a trap that kills the module', () => {
  for (const name of BUILDS) {
    const wasm = modules[name];
    for (const bad of [[42], [Symbol('x')], ['ok', 7], ['ok', undefined, undefined, 'boost']]) {
      assert.throws(() => wasm.scoreDraft(...bad), Error, `${name}: scoreDraft(${bad.map(String).join(', ')})`);
    }
    assert.ok(readers[name]({ text: 'still alive after errors because it is fine?' }).level, `${name} still answers`);
  }
});
