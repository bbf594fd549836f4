// Below the chart: where the reshares happened, the run of days without a blind reshare, and what
// the nudges led to. Counts only; nothing here ever held draft text.
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { DASH, formatCount, plural, share, toCount } from '../shared/format.js';
import { siteName } from '../shared/names.js';

export function renderSites(sites) {
  const rows = (Array.isArray(sites) ? sites : []).filter((s) => toCount(s?.shares) > 0 || toCount(s?.replies) > 0);
  if (!rows.length) return null;
  const titleId = uniqueId('sites');
  return h(
    'section',
    { class: 'card by-site', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: t('sites_heading') }),
    h(
      'table',
      { class: 'site-table', 'data-testid': 'site-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: t('sites_col_site') }),
          h('th', { scope: 'col', class: 'num', text: t('sites_col_shares') }),
          h('th', { scope: 'col', class: 'num', text: t('sites_col_with_thought') }),
          h('th', { scope: 'col', class: 'num', text: t('sites_col_replies') }),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', text: siteName(s.site) }),
            h('td', { class: 'num', text: formatCount(s.shares) }),
            h('td', { class: 'num', text: share(s.with_thought, s.shares) ?? DASH }),
            h('td', { class: 'num', text: formatCount(s.replies) }),
          ),
        ),
      ),
    ),
  );
}

export function renderHabits(stats) {
  const titleId = uniqueId('habits');
  return h(
    'section',
    { class: 'card habits', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: t('habits_heading') }),
    h('p', { class: 'streak', 'data-testid': 'streak', text: streakText(stats) }),
    renderNudges(stats.nudges ?? {}),
  );
}

function streakText(stats) {
  const days = toCount(stats.streak_days);
  const today = toCount(stats.today_blind);
  const streak = days ? plural(days, 'streak_one', 'streak_other', [formatCount(days)]) : t('streak_none');
  return today ? `${streak} ${plural(today, 'today_blind_one', 'today_blind_other', [formatCount(today)])}` : streak;
}

const NUDGE_ROWS = [
  ['shown', 'nudges_shown'],
  ['add_thought', 'nudges_add_thought'],
  ['share_anyway', 'nudges_share_anyway'],
  ['read_first', 'nudges_read_first'],
  ['mute_site', 'nudges_mute_site'],
];

function renderNudges(nudges) {
  const heading = h('h3', { text: t('nudges_heading') });
  if (!toCount(nudges.shown)) return [heading, h('p', { class: 'muted small', text: t('nudges_none') })];
  // Turning a site off from a nudge is rare; the row appears only once it has happened.
  const rows = NUDGE_ROWS.filter(([field]) => field !== 'mute_site' || toCount(nudges[field]) > 0);
  return [
    heading,
    h(
      'dl',
      { class: 'nudges', 'data-testid': 'nudges' },
      rows.map(([field, key]) => h('div', {}, h('dt', { text: t(key) }), h('dd', { text: formatCount(nudges[field]) }))),
    ),
  ];
}
