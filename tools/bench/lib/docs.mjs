// Keeps docs/performance.md's results current: the block between the two markers is replaced by
// the latest table; everything else in the document is left as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable, contextTable } from './table.mjs';

export const BEGIN = '<!-- bench:begin -->';
export const END = '<!-- bench:end -->';

/** The Markdown that goes between the markers. */
export function resultsBlock(full) {
  const m = full.machine ?? {};
  const when = (full.generated_at ?? '').slice(0, 10);
  return [
    `Measured ${when} on ${m.nproc} × ${m.cpu}, ${m.memory_gb} GB RAM, ${m.chromium ?? 'Chromium'}, Node ${m.node}` +
      ` (1-minute load ${m.load_1min_start} at the start, ${m.load_1min_end} at the end).`,
    '',
    markdownTable(full, full.met ?? {}),
    '',
    '<details><summary>Figures without a budget</summary>',
    '',
    contextTable(full),
    '',
    '</details>',
  ].join('\n');
}

/** Rewrites the block in docs/performance.md; returns the path. */
export function writeDocs(root, full) {
  const path = join(root, 'docs/performance.md');
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path} has no ${BEGIN} … ${END} block to update`);
  writeFileSync(path, `${text.slice(0, a + BEGIN.length)}\n${resultsBlock(full)}\n${text.slice(b)}`);
  return path;
}
