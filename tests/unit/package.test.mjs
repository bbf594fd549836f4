// The store packages (tools/package.mjs, tools/zip.py): each browser's manifest holds only its own
// keys, the zip writer's bytes depend on nothing but paths and contents, and the source zip lists
// files that exist. That the source zip rebuilds the same packages is tools/reproduce.mjs's job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestFor, SOURCES } from '../../tools/package.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const ZIP = join(ROOT, 'tools/zip.py');

/** The manifest without the keys only one browser reads. */
function shared(m) {
  const copy = structuredClone(m);
  delete copy.background.scripts;
  delete copy.background.service_worker;
  delete copy.browser_specific_settings;
  for (const entry of copy.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  return copy;
}

test('the Firefox manifest: an event page, no service worker, no dynamic URL, its gecko id', () => {
  const m = manifestFor(manifest, 'firefox');
  assert.equal(m.background.service_worker, undefined);
  assert.deepEqual(m.background.scripts, ['background.js']);
  assert.equal(m.background.type, 'module');
  assert.ok(m.web_accessible_resources.every((entry) => !('use_dynamic_url' in entry)));
  assert.deepEqual(m.browser_specific_settings, manifest.browser_specific_settings);
  assert.deepEqual(shared(m), shared(manifest), 'everything else as in manifest.json');
});

test('the Chrome manifest: a service worker and the dynamic URL, no Firefox keys', () => {
  const m = manifestFor(manifest, 'chrome');
  assert.equal(m.background.service_worker, 'background.js');
  assert.equal(m.background.scripts, undefined);
  assert.equal(m.browser_specific_settings, undefined);
  assert.ok(m.web_accessible_resources.every((entry) => entry.use_dynamic_url === true));
  assert.deepEqual(shared(m), shared(manifest), 'everything else as in manifest.json');
  assert.equal(manifest.background.scripts.length, 1, 'manifestFor does not change its input');
});

test('zip.py: same files, same bytes, whatever the dates and the order they were written in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'st-zip-'));
  try {
    const make = (name, order, when) => {
      const src = join(dir, name);
      for (const [path, text] of order) {
        mkdirSync(join(src, path, '..'), { recursive: true });
        writeFileSync(join(src, path), text);
        utimesSync(join(src, path), when, when);
      }
      const out = join(dir, `${name}.zip`);
      execFileSync('python3', [ZIP, out, src]);
      return out;
    };
    const files = [['b.txt', 'bee'], ['a/z.js', 'zed'], ['build.sh', '#!/bin/sh\n'], ['a/b/c.wasm', '\0asm']];
    const one = make('one', files, 1_000_000);
    const two = make('two', [...files].reverse(), 2_000_000_000);
    const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
    assert.equal(hash(one), hash(two));
    const listed = JSON.parse(execFileSync('python3', ['-c', 'import json,sys,zipfile; print(json.dumps([[i.filename, i.date_time, i.external_attr >> 16] for i in zipfile.ZipFile(sys.argv[1]).infolist()]))', one]));
    assert.deepEqual(listed, [
      ['a/b/c.wasm', [1980, 1, 1, 0, 0, 0], 0o100644],
      ['a/z.js', [1980, 1, 1, 0, 0, 0], 0o100644],
      ['b.txt', [1980, 1, 1, 0, 0, 0], 0o100644],
      ['build.sh', [1980, 1, 1, 0, 0, 0], 0o100755],
    ]);
    execFileSync('python3', [ZIP, '-x', one, join(dir, 'out')]);
    assert.equal(readFileSync(join(dir, 'out/a/z.js'), 'utf8'), 'zed');
    assert.equal(statSync(join(dir, 'out/build.sh')).mode & 0o777, 0o755, 'extracting keeps build.sh runnable');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the source zip lists files that exist, the lock files and BUILDING.md among them', () => {
  for (const path of SOURCES) assert.ok(existsSync(join(ROOT, path)), `${path} is missing`);
  for (const needed of ['Cargo.lock', 'package-lock.json', 'rust-toolchain.toml', 'BUILDING.md', 'build.sh', 'tools/assemble.mjs', 'tools/package.mjs', 'tools/zip.py']) {
    assert.ok(SOURCES.includes(needed), `${needed} is not in the source zip`);
  }
});
