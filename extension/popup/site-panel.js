// The current site: one switch to turn it off, its mode, a snooze, and whether the extension found
// what it needs on the page. Every control sends one intent; the popup re-renders from a fresh
// snapshot afterwards, so this module never patches its own DOM.
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { clockTime, nextMidnight, share, formatCount, list, plural } from '../shared/format.js';
import { builtInNames } from '../shared/names.js';
import { siteSwitch, modeSegments, switchIntent, modeIntents } from '../shared/mode-controls.js';

const HOUR_MS = 60 * 60 * 1000;

const HEALTH_KEYS = {
  active: 'health_active',
  'post button not found': 'health_post_button_not_found',
  'editor not found': 'health_editor_not_found',
  'reshare control not found': 'health_reshare_not_found',
  'nothing recognised': 'health_nothing_recognised',
  'scoring unavailable': 'health_scoring_unavailable',
  off: 'health_off',
};

/**
 * @param {object|null} site  snapshot.site
 * @param {object|null} siteWeek snapshot.stats.site_week
 * @param {(intents: object | object[]) => void} send
 * @param {{ copyDiagnostic: () => void, allow: () => void }} act  the page's breakage report; access
 */
export function renderSite(site, siteWeek, send, act) {
  if (!site) return renderUnsupported();
  const effective = site.effective ?? {};
  const on = effective.mode !== 'off';
  const titleId = uniqueId('site-title');
  return h(
    'section',
    { class: 'card site', 'aria-labelledby': titleId },
    h(
      'div',
      { class: 'site-head' },
      h('h2', { id: titleId, class: 'site-name', text: site.name }),
      renderSwitch(site, on, effective, send),
    ),
    site.access === false
      ? renderAccess(site, act.allow)
      : h('p', { class: 'health', 'data-health': site.health ?? 'unknown', text: healthText(site.health, on) }),
    site.access !== false && on && broken(site.health) && renderDiagnostic(act.copyDiagnostic),
    renderModes(site, effective, send),
    renderSnooze(site, effective, send),
    renderSiteWeek(site, siteWeek),
  );
}

// A page that answered with a problem: what it found can be sent to us. (No answer at all is a tab
// that has not loaded the extension yet: reloading is the fix, not a report.)
const broken = (health) => Object.hasOwn(HEALTH_KEYS, health) && health !== 'active' && health !== 'off';

function renderDiagnostic(copyDiagnostic) {
  return h(
    'div',
    { class: 'diagnostic' },
    h('button', { type: 'button', class: 'button', 'data-key': 'copy-diagnostic', text: t('popup_copy_diagnostic'), on: { click: copyDiagnostic } }),
    h('p', { class: 'muted small', text: t('popup_diagnostic_help') }),
  );
}

// The browser does not let the extension run on this site (access taken away, or never given).
function renderAccess(site, allow) {
  return h(
    'div',
    { class: 'access' },
    h('p', { class: 'health', 'data-health': 'no access', text: t('access_missing', [new URL(site.origin).host]) }),
    h('button', { type: 'button', class: 'button primary', 'data-key': 'allow', text: t('access_allow', [site.name]), on: { click: allow } }),
  );
}

function renderUnsupported() {
  return h(
    'section',
    { class: 'card site unsupported', 'aria-label': t('popup_site_heading') },
    h('p', { class: 'site-name', text: t('popup_unsupported_title') }),
    h('p', { class: 'muted', text: t('popup_unsupported_body', [list(builtInNames())]) }),
  );
}

function renderSwitch(site, on, effective, send) {
  return siteSwitch({ name: site.name, on, dataKey: 'switch', onClick: () => send(switchIntent(site.key, effective)) });
}

function renderModes(site, effective, send) {
  // While snoozed the effective mode reads "off"; the group still shows it so the panel is honest
  // about what happens right now.
  return modeSegments(
    { idPrefix: 'mode', legend: t('popup_mode_legend'), current: effective.mode, keyPrefix: 'mode', onPick: (mode) => send(modeIntents(site.key, effective, mode)) },
    h('p', { class: 'muted small', text: t(modeHelpKey(effective.mode)) }),
  );
}

function modeHelpKey(mode) {
  if (mode === 'gentle') return 'mode_gentle_help';
  if (mode === 'pause') return 'mode_pause_help';
  return 'mode_off_help';
}

function renderSnooze(site, effective, send) {
  if (effective.snoozed) {
    return h(
      'div',
      { class: 'snooze snoozed' },
      h('p', { role: 'status', text: t('popup_snoozed_until', [clockTime(effective.snooze_until)]) }),
      h('button', {
        type: 'button',
        class: 'button',
        'data-key': 'resume',
        text: t('popup_resume'),
        on: { click: () => send({ type: 'snooze', site: site.key, until_ms: 0 }) },
      }),
    );
  }
  if (effective.mode === 'off') return null;
  const labelId = uniqueId('snooze');
  return h(
    'div',
    { class: 'snooze', role: 'group', 'aria-labelledby': labelId },
    h('span', { id: labelId, class: 'muted', text: t('popup_snooze_label') }),
    h('button', {
      type: 'button',
      class: 'button',
      'data-key': 'snooze-hour',
      text: t('popup_snooze_hour'),
      on: { click: () => send({ type: 'snooze', site: site.key, until_ms: Date.now() + HOUR_MS }) },
    }),
    h('button', {
      type: 'button',
      class: 'button',
      'data-key': 'snooze-tomorrow',
      text: t('popup_snooze_tomorrow'),
      on: { click: () => send({ type: 'snooze', site: site.key, until_ms: nextMidnight() }) },
    }),
  );
}

function renderSiteWeek(site, week) {
  if (!week?.shares) return null;
  const pct = share(week.with_thought, week.shares);
  return h('p', {
    class: 'site-week',
    text: plural(week.shares, 'popup_site_week_one', 'popup_site_week_other', [site.name, formatCount(week.with_thought), formatCount(week.shares), pct]),
  });
}

function healthText(health, on) {
  if (!on) return t('health_off');
  const key = HEALTH_KEYS[health];
  return key ? t(key) : t('health_unknown');
}
