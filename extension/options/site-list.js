// Every site Second Thought can act on: the built-in ones, then instances the user added. Each row
// has the same switch and mode as the popup, the snooze state with a way to end it, and for added
// instances a Remove button (which also gives back the host permission).
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { clockTime } from '../shared/format.js';
import { BUILT_IN_SITES, siteName } from '../shared/names.js';
import { MODES, modeLabel, siteSwitch, switchIntent, modeIntents } from '../shared/mode-controls.js';
import { requestOrigins } from '../shared/access.js';

/** Rows in display order: built-in sites by name, then added origins alphabetically. */
export function siteRows(state) {
  const settings = state.settings ?? {};
  const stored = settings.sites ?? {};
  const fallback = { mode: settings.defaults?.mode ?? 'pause', snoozed: false, snooze_until: 0 };
  const effectiveOf = (key) => state.effective?.[key] ?? fallback;
  const builtIn = [...BUILT_IN_SITES]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((site) => ({ key: site.id, name: site.name, added: false, effective: effectiveOf(site.id), missing: state.missing?.[site.id] ?? [] }));
  const added = Object.keys(stored)
    .filter((key) => key.includes('://'))
    .sort()
    .map((key) => ({ key, name: siteName(key), added: true, kind: stored[key]?.kind, effective: effectiveOf(key), missing: state.missing?.[key] ?? [] }));
  return [...builtIn, ...added];
}

/**
 * @param {object} state options-state
 * @param {{ intent: (i: object | object[]) => void, remove: (origin: string) => void }} act
 */
export function renderSiteList(state, act) {
  const rows = siteRows(state);
  return h(
    'table',
    { class: 'sites', 'data-testid': 'site-list' },
    h('caption', { class: 'visually-hidden', text: t('options_sites_heading') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: t('sites_col_site') }),
        h('th', { scope: 'col', text: t('options_col_on') }),
        h('th', { scope: 'col', text: t('options_col_mode') }),
        h('th', { scope: 'col', text: t('options_col_state') }),
      ),
    ),
    h('tbody', {}, rows.map((row) => renderRow(row, act))),
  );
}

function renderRow(row, act) {
  const { key, name, effective } = row;
  const on = effective.mode !== 'off';
  return h(
    'tr',
    { 'data-site': key },
    h(
      'th',
      { scope: 'row' },
      h('span', { class: 'site-title', text: name }),
      row.added && h('span', { class: 'muted small kind', text: t('options_added_kind', [siteName(row.kind ?? 'mastodon')]) }),
    ),
    h('td', {}, siteSwitch({ name, on, dataKey: `switch:${key}`, onClick: () => act.intent(switchIntent(key, effective)) })),
    h('td', {}, renderModeSelect(row, act)),
    h('td', { class: 'row-state' }, renderState(row, act)),
  );
}

function renderModeSelect({ key, name, effective }, act) {
  const id = uniqueId('mode');
  return h(
    'span',
    {},
    h('label', { htmlFor: id, class: 'visually-hidden', text: t('options_mode_for', [name]) }),
    h(
      'select',
      {
        id,
        'data-key': `mode:${key}`,
        on: { change: (e) => act.intent(modeIntents(key, effective, e.target.value)) },
      },
      MODES.map((mode) => {
        const option = h('option', { value: mode, text: modeLabel(mode) });
        option.selected = effective.mode === mode;
        return option;
      }),
    ),
  );
}

function renderState({ key, name, added, effective, missing }, act) {
  return [
    // The browser does not let the extension run here (taken away, or not given on an update).
    missing.length > 0 &&
      h(
        'span',
        { class: 'no-access' },
        h('span', { text: t('options_no_access') }),
        ' ',
        h('button', {
          type: 'button',
          class: 'button',
          'data-key': `allow:${key}`,
          text: t('access_allow', [name]),
          on: { click: () => act.allowed(requestOrigins(missing)) },
        }),
      ),
    effective.snoozed
      ? h(
          'span',
          { class: 'snoozed' },
          h('span', { text: t('popup_snoozed_until', [clockTime(effective.snooze_until)]) }),
          ' ',
          h('button', {
            type: 'button',
            class: 'button',
            'data-key': `resume:${key}`,
            'aria-label': t('options_resume_site', [name]),
            text: t('popup_resume'),
            on: { click: () => act.intent({ type: 'snooze', site: key, until_ms: 0 }) },
          }),
        )
      : null,
    added &&
      h('button', {
        type: 'button',
        class: 'button remove',
        'data-key': `remove:${key}`,
        'aria-label': t('options_remove_site', [name]),
        text: t('options_remove'),
        on: { click: () => act.remove(key) },
      }),
  ];
}
