// The readable table: every budgeted figure with its bound and verdict, then the figures that are
// there for context (native speed, peers, sizes of the parts, with/without-extension raw numbers).
import { BUDGETS } from './budgets.mjs';

const KB = 1024;

function show(value, unit) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'bytes':
      return `${value.toLocaleString('en')} B (${(value / KB).toFixed(1)} KB)`;
    case 'KB':
      return `${value.toFixed(0)} KB`;
    case 'µs':
      return `${value.toFixed(2)} µs`;
    case 'ms':
      return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
    case '×':
      return `${value.toFixed(2)}×`;
    default:
      return String(value);
  }
}

function bound(b) {
  const v = b.max ?? b.min;
  const bytes = v >= KB * KB ? `${v / (KB * KB)} MB` : `${v / KB} KB`;
  const text = b.unit === 'bytes' ? bytes : b.unit === 'count' ? String(v) : b.unit === '×' ? `${v}×` : `${v} ${b.unit}`;
  return `${b.max !== undefined ? '≤' : '≥'} ${text}`;
}

function verdict(report, met, key) {
  if (!Number.isFinite(report[key])) return 'not measured';
  return met[key] ? 'met' : 'NOT MET';
}

function unitOf(key) {
  if (key.endsWith('_us')) return 'µs';
  if (key.endsWith('_ms') || key.includes('_ms_')) return 'ms';
  if (key.endsWith('_bytes')) return 'bytes';
  if (key.endsWith('_kb')) return 'KB';
  return '';
}

function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd());
}

/** Lines of text: the budget table, then the other figures. */
export function formatReport(report, met) {
  const budgeted = BUDGETS.map((b) => [b.key, show(report[b.key], b.unit), bound(b), verdict(report, met, b.key)]);
  const lines = pad([['figure', 'value', 'budget', ''], ...budgeted]);
  const rest = contextEntries(report);
  if (rest.length) {
    lines.push('', 'context (no budget):');
    lines.push(...pad(rest.map(([k, v]) => [`  ${k}`, show(v, unitOf(k))])));
  }
  const measured = BUDGETS.filter((b) => Number.isFinite(report[b.key]));
  const missed = measured.filter((b) => !met[b.key]).length;
  const skipped = BUDGETS.length - measured.length;
  lines.push('', `${measured.length - missed} of ${BUDGETS.length} budgets met, ${missed} NOT MET${skipped ? `, ${skipped} not measured` : ''}`);
  return lines;
}

function contextEntries(report) {
  const keys = new Set(BUDGETS.map((b) => b.key));
  return Object.entries(report).filter(([k, v]) => !keys.has(k) && (typeof v === 'number' || v === null));
}

/** The figures without a budget as a Markdown table. */
export function contextTable(report) {
  return ['| figure | value |', '|---|---|', ...contextEntries(report).map(([k, v]) => `| \`${k}\` | ${show(v, unitOf(k))} |`)].join('\n');
}

/** The same table as Markdown, for docs/performance.md. */
export function markdownTable(report, met) {
  const rows = BUDGETS.map((b) => `| \`${b.key}\` | ${show(report[b.key], b.unit)} | ${bound(b)} | ${verdict(report, met, b.key).replace('NOT MET', '**NOT MET**')} |`);
  return ['| figure | value | budget | |', '|---|---|---|---|', ...rows].join('\n');
}
