// The benchmark's drafts, built from the labelled corpus (tests/corpus/drafts.jsonl) so every
// scorer reads the same real-style text: the drafts as written ("short"), full posts of exactly
// 280 characters, and long posts of 5,000 characters. A sized draft continues with the following
// drafts of the same language or script, as a longer post by the same person would, instead of
// mixing German into Korean.
import { readFileSync } from 'node:fs';

/** Reads the JSONL corpus; a bad line is an error naming its line number. */
export function readDrafts(path) {
  const rows = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row;
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON (${e.message})`);
    }
    if (typeof row?.text !== 'string') throw new Error(`${path}:${i + 1}: no "text" string`);
    rows.push({ id: String(row.id ?? `line-${i + 1}`), text: row.text, context: row.context ?? undefined });
  });
  if (rows.length === 0) throw new Error(`${path}: no drafts`);
  return rows;
}

const SCRIPTS = [
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
];

/** Language prefix of the id, or for `xx` drafts (scripts without a lexicon) the script itself. */
export function groupOf(row) {
  const lang = row.id.split('-')[0];
  if (lang !== 'xx') return lang;
  return SCRIPTS.find(([, re]) => re.test(row.text))?.[0] ?? 'other';
}

/** Exactly `chars` code points: the draft, then the next drafts of its group, wrapping around. */
export function sized(group, from, chars) {
  if (!(chars > 0) || !group.some((row) => row.text)) return ''; // nothing to grow from
  const out = [];
  for (let i = 0; out.length < chars; i++) {
    if (i > 0) out.push('\n', '\n'); // paragraphs, as a long post has
    out.push(...group[(from + i) % group.length].text);
  }
  return out.slice(0, chars).join('');
}

/**
 * @returns {{short: Draft[], full: Draft[], long: Draft[]}} with Draft = {text, context?}:
 *   short = every draft as written, full = every draft grown to 280 characters,
 *   long = every `longStep`-th draft grown to 5,000 characters.
 */
export function buildCorpus(rows, { full = 280, long = 5000, longStep = 17 } = {}) {
  const groups = new Map();
  for (const row of rows) {
    const g = groupOf(row);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(row);
  }
  const grown = (row, chars) => {
    const group = groups.get(groupOf(row));
    return { text: sized(group, group.indexOf(row), chars), ...(row.context && { context: row.context }) };
  };
  return {
    short: rows.map((r) => ({ text: r.text, ...(r.context && { context: r.context }) })),
    full: rows.map((r) => grown(r, full)),
    long: rows.filter((_, i) => i % longStep === 0).map((r) => grown(r, long)),
    groups: [...groups.keys()],
  };
}
