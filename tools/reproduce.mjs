// The reproducibility test, done the way an addons.mozilla.org reviewer would: unpack the source zip
// that `./build.sh package` wrote into a fresh directory elsewhere (another absolute path, its own
// cargo target dir, nothing built), run `./build.sh package` there as BUILDING.md says, and require
// the same three zips, byte for byte. Run after `./build.sh package`; ./build.sh test does.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KINDS = ['chrome', 'firefox', 'source'];

const version = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version;
const zipOf = (root, kind) => join(root, 'target', `second-thought-${version}-${kind}.zip`);
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** name → CRC-32 of each entry, to say which files differ when the zips do. */
const entries = (file) =>
  JSON.parse(execFileSync('python3', ['-c', 'import json,sys,zipfile; print(json.dumps({i.filename: i.CRC for i in zipfile.ZipFile(sys.argv[1]).infolist()}))', file]));

const dir = mkdtempSync(join(tmpdir(), 'st-reproduce-'));
execFileSync('python3', [join(ROOT, 'tools/zip.py'), '-x', zipOf(ROOT, 'source'), dir]);
// The lock file is the same (it is in the source zip), so the installed tools are too: borrow them
// rather than download them again. Unpacked with the zip's 1980 dates, the lock is older than the
// install, so build.sh does not reinstall into the borrowed folder.
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

const env = { ...process.env };
delete env.CARGO_TARGET_DIR; // its own, inside the fresh directory
const started = Date.now();
const log = join(ROOT, 'target', 'reproduce.log');
try {
  writeFileSync(log, execFileSync('bash', ['build.sh', 'package'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }));
} catch (error) {
  writeFileSync(log, `${error.stdout ?? ''}${error.stderr ?? ''}`);
  console.error(`The unpacked source zip did not build (${dir}); its output is in ${log}.`);
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);

let same = true;
for (const kind of KINDS) {
  const [want, got] = [zipOf(ROOT, kind), zipOf(dir, kind)].map(sha256);
  if (want === got) {
    console.log(`${kind.padEnd(7)} identical  sha256 ${want}`);
    continue;
  }
  same = false;
  const [a, b] = [entries(zipOf(ROOT, kind)), entries(zipOf(dir, kind))];
  const differ = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => a[name] !== b[name]);
  console.error(`${kind.padEnd(7)} DIFFERS: ${differ.length ? differ.join(', ') : 'same files, different zip bytes'}`);
}
if (!same) {
  console.error(`Left for a look: ${dir}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`Rebuilt from the source zip in a fresh directory in ${seconds} s: the three zips are byte-identical.`);
