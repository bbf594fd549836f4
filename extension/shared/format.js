// Numbers, percentages, times and plurals in the browser's UI language. chrome.i18n has no plural
// forms, so each counted sentence has a "_one" and an "_other" message and Intl.PluralRules picks.
import { t } from './i18n.js';

export function uiLocale() {
  try {
    return chrome.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

const cache = new Map();
function memo(kind, make) {
  const key = `${kind}:${uiLocale()}`;
  if (!cache.has(key)) cache.set(key, safe(make, kind));
  return cache.get(key);
}

// An unknown locale tag must not break the panel: fall back to English formatting.
function safe(make, kind) {
  try {
    return make(uiLocale());
  } catch {
    return make('en');
  }
}

const count = (n) => memo('count', (l) => new Intl.NumberFormat(l)).format(toCount(n));

/** Non-negative whole number from anything; bad stored values read as 0 rather than NaN. */
export function toCount(n) {
  const v = Number(n);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

export { count as formatCount };

/** "70 %" style share, or null when there is nothing to divide (the caller shows a dash). */
export function share(part, whole) {
  const w = toCount(whole);
  if (!w) return null;
  const ratio = Math.min(1, toCount(part) / w);
  return memo('pct', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

export const DASH = '—';

/**
 * The message for a count in the UI language's plural category. Both keys are passed literally so
 * the locale test can see each one is used.
 */
export function plural(n, oneKey, otherKey, substitutions) {
  const category = memo('plural', (l) => new Intl.PluralRules(l)).select(toCount(n));
  return t(category === 'one' ? oneKey : otherKey, substitutions);
}

/** "14:30" today, "Tue 09:00" later: enough to know when a snooze ends. */
export function clockTime(ms, now = Date.now()) {
  const at = new Date(ms);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  const fmt = sameDay
    ? memo('time', (l) => new Intl.DateTimeFormat(l, { hour: 'numeric', minute: '2-digit' }))
    : memo('daytime', (l) => new Intl.DateTimeFormat(l, { weekday: 'short', hour: 'numeric', minute: '2-digit' }));
  return fmt.format(at);
}

/** "25 Oct" from "2026-10-25", read as a calendar day (no time-zone shift). */
export function shortDay(isoDay) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(isoDay ?? ''));
  if (!m) return String(isoDay ?? '');
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return memo('day', (l) => new Intl.DateTimeFormat(l, { month: 'short', day: 'numeric', timeZone: 'UTC' })).format(date);
}

/** "X, Bluesky and Reddit" in the UI language. */
export function list(items) {
  return memo('list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);
}

/** Start of the next local day: "until tomorrow" means until midnight, whatever the time now. */
export function nextMidnight(now = Date.now()) {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}
