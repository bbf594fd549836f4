// ./build.sh version X.Y.Z. The version is written in five places: the manifest (what the stores and
// browsers read), the crate and its Cargo.lock entry, the npm package and its lock. This sets them
// together and opens the version's CHANGELOG.md entry; tests/unit/versions.test.mjs fails when the
// five disagree. Each file is edited in place, so its formatting and the rest of it stay as they were.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The manifest's hand formatting (objects on one line) would not survive JSON.stringify, so its one
// top-level "version" is replaced as text; Cargo's files likewise. npm writes its files as
// JSON.stringify(…, null, 2), so those are parsed and rewritten (setVersion checks the round trip).
const crateInLock = /(\[\[package\]\]\nname = "second-thought"\nversion = ")([^"]*)(")/;
const FILES = {
  'manifest.json': {
    read: (text) => JSON.parse(text).version,
    write: (text, v) => text.replace(/^(  "version": ")([^"]*)(")/m, `$1${v}$3`),
  },
  'Cargo.toml': {
    read: (text) => /^\[package\][^[]*?^version = "([^"]*)"/m.exec(text)?.[1],
    write: (text, v) => text.replace(/^(\[package\][^[]*?^version = ")([^"]*)(")/m, `$1${v}$3`),
  },
  'Cargo.lock': {
    read: (text) => crateInLock.exec(text)?.[2],
    write: (text, v) => text.replace(crateInLock, `$1${v}$3`),
  },
  'package.json': {
    read: (text) => JSON.parse(text).version,
    write: (text, v) => npmJson(text, (pkg) => (pkg.version = v)),
  },
  'package-lock.json': {
    read: (text) => {
      const lock = JSON.parse(text);
      return lock.version === lock.packages?.['']?.version ? lock.version : `${lock.version} (packages[""]: ${lock.packages?.['']?.version})`;
    },
    write: (text, v) => npmJson(text, (lock) => (lock.version = lock.packages[''].version = v)),
  },
};
export const VERSION_FILES = Object.keys(FILES);

function npmJson(text, change) {
  const value = JSON.parse(text);
  if (`${JSON.stringify(value, null, 2)}\n` !== text) throw new Error('not formatted the way npm writes it; left alone');
  change(value);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The version each file holds, by file name. */
export function readVersions(root = ROOT) {
  return Object.fromEntries(VERSION_FILES.map((name) => [name, FILES[name].read(readFileSync(join(root, name), 'utf8'))]));
}

// Both stores want up to four dot-separated integers of at most 65535 that only ever go up; three
// keep it semver for Cargo and npm.
const parse = (v) => (/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(v) ? v.split('.').map(Number) : null);
const newer = (a, b) => {
  const i = a.findIndex((n, k) => n !== b[k]);
  return i >= 0 && a[i] > b[i];
};

/** Sets `version` in every file of `root` and adds its CHANGELOG.md heading; writes nothing on error. */
export function setVersion(root, version, today = new Date().toISOString().slice(0, 10)) {
  const wanted = parse(version);
  if (!wanted || wanted.some((n) => n > 65535)) throw new Error(`"${version}" is not X.Y.Z (numbers up to 65535)`);
  const current = readVersions(root);
  const from = current['manifest.json'];
  // Files that disagree are what this command repairs, so any version may then be set.
  const agree = new Set(Object.values(current)).size === 1;
  if (agree && !newer(wanted, parse(from))) throw new Error(`${version} is not above the current ${from}: the stores refuse it`);

  const texts = {};
  for (const name of VERSION_FILES) {
    const text = readFileSync(join(root, name), 'utf8');
    try {
      texts[name] = FILES[name].write(text, version);
    } catch (error) {
      throw new Error(`${name}: ${error.message}`);
    }
    if (FILES[name].read(texts[name]) !== version) throw new Error(`${name}: could not find its version to change`);
  }
  const changelog = join(root, 'CHANGELOG.md');
  const log = readFileSync(changelog, 'utf8');
  if (new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm').test(log)) throw new Error(`CHANGELOG.md already has ${version}`);
  // What was written under "Unreleased" now belongs to this version; "Unreleased" stays, empty, on top.
  const heading = `## ${version} — ${today}`;
  const at = log.search(/^## Unreleased[^\n]*\n/m);
  if (at < 0) throw new Error('CHANGELOG.md has no "## Unreleased" heading to put the new version under');
  const end = log.indexOf('\n', at) + 1;
  texts['CHANGELOG.md'] = `${log.slice(0, end)}\n${heading}\n${log.slice(end).replace(/^\n*/, '\n')}`;

  for (const [name, text] of Object.entries(texts)) writeFileSync(join(root, name), text);
  return { from, to: version };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2];
  if (!version) {
    console.error('usage: ./build.sh version X.Y.Z');
    process.exit(2);
  }
  try {
    const { from, to } = setVersion(ROOT, version);
    console.log(`${from} → ${to} in ${VERSION_FILES.join(', ')}; CHANGELOG.md has its heading: write what changed under it.`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
