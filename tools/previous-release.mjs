// The previous release, for the update test (tests/e2e/update.test.mjs): the extension built from
// that release's commit by that commit's own build.sh, as its users have it installed.
//
// Nothing is published yet, so "the previous release" is 0.1.0: the last commit before the store
// work (#19), to be tagged v0.1.0. Building it (about a minute) is preferred over committing its zip:
// the test then installs what the tagged sources really build, and no binary sits in the history.
// Built once per machine into target/previous-release/<version>/dist and reused. Bump PREVIOUS at
// each release to the release just made.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PREVIOUS = { version: '0.1.0', tag: 'v0.1.0', commit: '969f95d8ef01276542e7a5ce5e16bf3a03a63844' };

// The only JS tools a build runs (bundler and wasm optimiser): when the old lock pins the versions
// installed here, the installed ones build it exactly as a fresh `npm ci` would.
const BUILD_TOOLS = ['esbuild', 'binaryen'];

/** The previous release's unpacked extension directory, built first if needed. */
export function previousRelease({ log = console.log } = {}) {
  const out = join(ROOT, 'target/previous-release', PREVIOUS.version);
  const dist = join(out, 'dist');
  if (existsSync(join(dist, 'manifest.json'))) return dist;

  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    git('cat-file', '-e', `${PREVIOUS.commit}^{commit}`);
  } catch {
    throw new Error(`The update test builds the previous release from commit ${PREVIOUS.commit} (${PREVIOUS.tag}), which this clone lacks (a shallow clone?): git fetch --unshallow`);
  }
  log(`Building the previous release ${PREVIOUS.version} (${PREVIOUS.commit.slice(0, 7)}) into ${dist}, once…`);
  const src = mkdtempSync(join(tmpdir(), 'st-previous-'));
  try {
    execFileSync('bash', ['-o', 'pipefail', '-c', 'git archive "$1" | tar -x -C "$2"', 'bash', PREVIOUS.commit, src], { cwd: ROOT });
    const lock = JSON.parse(readFileSync(join(src, 'package-lock.json'), 'utf8'));
    const installed = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    if (BUILD_TOOLS.every((name) => lock.packages[`node_modules/${name}`]?.version === installed(name))) {
      symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
      // Its lock file carries the commit's date, newer than this install, and build.sh would then
      // reinstall into the borrowed folder: date it back.
      utimesSync(join(src, 'package-lock.json'), 0, 0);
    }
    const env = { ...process.env };
    delete env.CARGO_TARGET_DIR; // its own, inside src, so nothing of this build's target/ is touched
    mkdirSync(out, { recursive: true });
    try {
      writeFileSync(join(out, 'build.log'), execFileSync('bash', ['build.sh'], { cwd: src, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }));
    } catch (error) {
      writeFileSync(join(out, 'build.log'), `${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw new Error(`The previous release did not build; see ${join(out, 'build.log')}`);
    }
    cpSync(join(src, 'dist'), dist, { recursive: true });
    return dist;
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(previousRelease());
