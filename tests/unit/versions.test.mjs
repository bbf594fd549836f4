// One version everywhere: the manifest the stores read, the crate and the npm package (and their
// locks) must agree, CHANGELOG.md must have the version's entry, and `./build.sh version X.Y.Z`
// (tools/version.mjs) must change exactly those lines. The command is tried on a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readVersions, setVersion, VERSION_FILES } from '../../tools/version.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const manifestVersion = () => JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version;

function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'st-version-'));
  for (const name of [...VERSION_FILES, 'CHANGELOG.md']) copyFileSync(join(ROOT, name), join(dir, name));
  return dir;
}

const lines = (text) => text.split('\n');
/** The lines of `name` that differ between two directories. */
function changed(a, b, name) {
  const [x, y] = [a, b].map((dir) => lines(readFileSync(join(dir, name), 'utf8')));
  assert.equal(x.length, y.length, `${name}: same number of lines`);
  return x.flatMap((line, i) => (line === y[i] ? [] : [[line.trim(), y[i].trim()]]));
}

test('manifest.json, Cargo.toml, Cargo.lock, package.json and package-lock.json hold the same version', () => {
  const versions = readVersions(ROOT);
  const want = manifestVersion();
  const disagree = Object.entries(versions).filter(([, v]) => v !== want);
  assert.deepEqual(disagree, [], `manifest.json says ${want}; run ./build.sh version X.Y.Z to set them together`);
});

test('CHANGELOG.md has an entry for the current version, under "Unreleased"', () => {
  const log = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const headings = [...log.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.equal(headings[0], 'Unreleased');
  assert.match(headings[1] ?? '', new RegExp(`^${manifestVersion().replaceAll('.', '\\.')} — \\d{4}-\\d{2}-\\d{2}$`), 'the newest released heading is the current version');
});

test('version X.Y.Z changes only the five version lines and opens the changelog entry', () => {
  const dir = copy();
  try {
    const from = manifestVersion();
    const [major, minor] = from.split('.').map(Number);
    const to = `${major}.${minor + 1}.0`;
    setVersion(dir, to, '2027-01-31');
    assert.deepEqual(Object.values(readVersions(dir)), VERSION_FILES.map(() => to));
    for (const name of ['manifest.json', 'Cargo.toml', 'Cargo.lock', 'package.json']) {
      assert.deepEqual(changed(ROOT, dir, name).map(([, now]) => now.replace(/[",]/g, '')), [`version${name.endsWith('json') ? ':' : ' ='} ${to}`], name);
    }
    assert.equal(changed(ROOT, dir, 'package-lock.json').length, 2, 'package-lock.json: the top and packages[""]');
    const log = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const before = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const unreleased = /## Unreleased\n([\s\S]*?)\n## /.exec(before)[1].trim();
    assert.ok(log.includes(`## Unreleased\n\n## ${to} — 2027-01-31\n${unreleased ? `\n${unreleased}\n` : ''}\n## ${from} — `), 'what was unreleased is now under the new version');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('version refuses what a store would refuse, and then writes nothing', () => {
  const dir = copy();
  try {
    const from = manifestVersion();
    for (const bad of ['1.2', '1.2.3.4', '1.2.3-beta', '01.2.3', 'v1.2.3', '65536.0.0', from, '0.0.1']) {
      assert.throws(() => setVersion(dir, bad), Error, bad);
    }
    assert.deepEqual(Object.values(readVersions(dir)), VERSION_FILES.map(() => from));
    for (const name of [...VERSION_FILES, 'CHANGELOG.md']) assert.deepEqual(changed(ROOT, dir, name), [], `${name} untouched`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('./build.sh version without a version prints its usage and changes nothing', () => {
  const result = (() => {
    try {
      return execFileSync('node', [join(ROOT, 'tools/version.mjs')], { stdio: 'pipe' });
    } catch (error) {
      return error;
    }
  })();
  assert.equal(result.status, 2);
  assert.match(String(result.stderr), /usage: \.\/build\.sh version X\.Y\.Z/);
});
