// The native scorer's speed, from the crate's own example (examples/bench_score.rs), which times
// `score` on the same corpus drafts grown to 280 and 5,000 characters and prints one JSON line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `{score_native_280_p50_us, ...}`, or `{error}` saying why there is no native figure. */
export function nativeScore(root) {
  if (!existsSync(join(root, 'examples/bench_score.rs'))) return { error: 'examples/bench_score.rs is missing' };
  const run = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'bench_score'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15 * 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.error) return { error: `cargo: ${run.error.message}` };
  if (run.status !== 0) return { error: `cargo run --example bench_score failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  const line = run.stdout.trim().split('\n').reverse().find((l) => l.trim().startsWith('{'));
  try {
    const figures = JSON.parse(line);
    return Object.fromEntries(Object.entries(figures).filter(([, v]) => typeof v === 'number'));
  } catch {
    return { error: `bench_score printed no JSON line: ${run.stdout.slice(0, 200)}` };
  }
}
