// The headline: how many reshares this week carried the user's own thought, against last week,
// and exactly what was counted (issue 9: a thin quote never passes for a thought).
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { DASH, formatCount, plural, share, toCount } from '../shared/format.js';
import { balanceNote } from './conversation.js';

export function renderSummary(stats) {
  const week = stats.this_week ?? {};
  const last = stats.last_week ?? {};
  const titleId = uniqueId('week');
  return h(
    'section',
    { class: 'card week', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'visually-hidden', text: t('popup_week_heading') }),
    h(
      'div',
      { class: 'headline' },
      h(
        'p',
        { class: 'big' },
        h('span', { class: 'big-number', 'data-testid': 'week-share', text: share(week.with_thought, week.shares) ?? DASH }),
        h('span', { class: 'big-label', text: t('popup_with_thought_this_week') }),
      ),
      h(
        'p',
        { class: 'last' },
        h('span', { class: 'last-number', 'data-testid': 'last-share', text: share(last.with_thought, last.shares) ?? DASH }),
        h('span', { class: 'last-label', text: t('popup_last_week') }),
      ),
    ),
    h('p', { class: 'weekly-line', 'data-testid': 'weekly-line', text: weeklyLine(stats.weekly_line ?? {}) }),
    h('p', { class: 'muted small', text: t('popup_counting_rule') }),
  );
}

/**
 * "You added a thought to 7 of 10 shares this week (last week 4 of 9)." with sensible plurals, and
 * a word on the balance of replies to broadcasts when it moved.
 */
export function weeklyLine(line) {
  const note = balanceNote(line);
  return note ? `${sharesLine(line)} ${note}` : sharesLine(line);
}

function sharesLine(line) {
  const shares = toCount(line.shares);
  const lastShares = toCount(line.last_shares);
  const last = [formatCount(line.last_with_thought), formatCount(lastShares)];
  if (!shares) {
    return lastShares ? t('weekly_none_last', last) : t('weekly_none');
  }
  const now = [formatCount(line.with_thought), formatCount(shares)];
  return lastShares
    ? plural(shares, 'weekly_line_last_one', 'weekly_line_last_other', [...now, ...last])
    : plural(shares, 'weekly_line_one', 'weekly_line_other', now);
}
