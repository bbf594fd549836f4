// The score chip beside a composer's post button. It only ever reads the editor; it shows the level
// in colour AND in words, and says the single most useful next step.
import { createHost, el } from './host.js';
import { t, tFilled, idKey } from '../shared/i18n.js';

const CSS = `
.chip { display: inline-flex; align-items: center; gap: 6px; min-width: 0; max-width: min(380px, 100%); box-sizing: border-box; overflow: hidden; padding: 3px 9px; margin: 0 8px;
  border: 1px solid var(--line); border-radius: 999px; background: var(--bg); color: var(--fg); white-space: nowrap; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--muted); }
.level { font-weight: 650; }
.tip { color: var(--muted); overflow: hidden; text-overflow: ellipsis; }
:host([data-level="blind"]) .dot { background: var(--blind); }
:host([data-level="thin"]) .dot { background: var(--thin); }
:host([data-level="thoughtful"]) .dot { background: var(--thoughtful); }
:host([data-level="blind"]) .level { color: var(--blind); }
:host([data-level="thin"]) .level { color: var(--thin); }
:host([data-level="thoughtful"]) .level { color: var(--thoughtful); }
:host([hidden]) { display: none; }
`;

export function createChip() {
  const { host, root } = createHost('chip', 'span', CSS);
  host.style.cssText = 'display:inline-flex;align-self:center;vertical-align:middle;min-width:0;max-width:100%;flex:0 1 auto';
  host.hidden = true;
  const level = el('span', { class: 'level' });
  const tip = el('span', { class: 'tip' });
  const chip = el('span', { class: 'chip', role: 'status', 'aria-live': 'polite' }, el('span', { class: 'dot', 'aria-hidden': 'true' }), level, tip);
  root.append(chip);
  let shown = {}; // what the chip shows now: level, score, advice (the report's), hint (its words)
  return {
    host,
    /** Shows a report, or hides the chip while the draft is empty. Touches the DOM only for what changed. */
    show(report) {
      if (!report) {
        if (!host.hidden) host.hidden = true;
        return;
      }
      if (host.hidden) host.hidden = false;
      const advice = `${report.suggestion}|${report.reasons?.[0]}`;
      if (report.level === shown.level && report.score === shown.score && advice === shown.advice) return; // most keystrokes
      const label = t(`level_${report.level}`);
      const hint = report.level === 'thoughtful' ? t('chip_praise') : adviceText(report);
      if (report.level !== shown.level) {
        host.dataset.level = report.level;
        level.textContent = label;
      }
      if (report.score !== shown.score) host.dataset.score = String(report.score);
      if (hint !== shown.hint) tip.textContent = hint;
      const aria = tFilled('chip_label', [label, String(report.score), hint]);
      chip.setAttribute('aria-label', aria);
      chip.title = aria;
      shown = { level: report.level, score: report.score, advice, hint };
    },
    remove: () => host.remove(),
  };
}

function adviceText(report) {
  if (report.suggestion) return t(idKey('suggestion', report.suggestion));
  return report.reasons?.length ? t(idKey('reason', report.reasons[0])) : '';
}
