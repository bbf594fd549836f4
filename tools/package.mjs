// Store packages from an assembled dist/: target/second-thought-<version>-{chrome,firefox,source}.zip.
// dist/ keeps both browsers' manifest keys so it loads unpacked in either; each store gets only its
// own, since each browser warns about the other's (and addons.mozilla.org's linter counts warnings).
// The source zip is what addons.mozilla.org asks for: every input of the build, and BUILDING.md.
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Everything `./build.sh package` reads, and the documents a reviewer needs beside it. */
export const SOURCES = [
  'BUILDING.md', 'CHANGELOG.md', 'PRIVACY.md', 'README.md',
  'build.sh', 'rust-toolchain.toml', '.cargo', 'Cargo.toml', 'Cargo.lock', 'src',
  'package.json', 'package-lock.json', 'manifest.json', 'extension',
  'tools/assemble.mjs', 'tools/package.mjs', 'tools/zip.py',
];

/** The manifest one store gets: the shared keys plus only that browser's own. */
export function manifestFor(manifest, browser) {
  const m = structuredClone(manifest);
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else if (browser === 'firefox') {
    // Firefox runs the same module as an event page; it has no service workers for extensions.
    delete m.background.service_worker;
    // Firefox gives each install its own random extension origin already, so the per-session URL
    // Chrome needs to keep pages from fingerprinting the wasm has no Firefox equivalent.
    for (const entry of m.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  } else {
    throw new Error(`no store for ${browser}`);
  }
  return m;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const zip = (out, dir, paths = []) => execFileSync('python3', [join(ROOT, 'tools/zip.py'), out, dir, ...paths], { stdio: 'inherit' });

function* filesUnder(root, path) {
  if (statSync(join(root, path)).isDirectory()) {
    for (const name of readdirSync(join(root, path))) yield* filesUnder(root, join(path, name));
  } else {
    yield path;
  }
}

/** Writes the three zips from `root`'s dist/ and sources into `root`/target; returns their paths. */
export function writePackages(root = ROOT) {
  const dist = join(root, 'dist');
  const target = join(root, 'target');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const name = (kind) => join(target, `second-thought-${manifest.version}-${kind}.zip`);
  const written = {};
  for (const browser of ['chrome', 'firefox']) {
    // Staged as a directory too, so `web-ext lint` (which reads directories) sees exactly the zip.
    const stage = join(target, 'package', browser);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    cpSync(dist, stage, { recursive: true });
    writeFileSync(join(stage, 'manifest.json'), `${JSON.stringify(manifestFor(manifest, browser), null, 2)}\n`);
    zip((written[browser] = name(browser)), stage);
  }
  const sources = SOURCES.flatMap((path) => [...filesUnder(root, path)]);
  zip((written.source = name('source')), root, sources);
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [kind, file] of Object.entries(writePackages())) {
    console.log(`${kind.padEnd(7)} ${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB  sha256 ${sha256(file)}`);
  }
}
