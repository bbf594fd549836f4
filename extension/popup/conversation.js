// Talking with people, not at them: this week's replies (and how many carried a thought) against
// broadcasts (posts, quotes and reshares), with last week beside it. Counts only.
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { formatCount, plural, toCount } from '../shared/format.js';

export function renderConversation(stats) {
  const week = stats.this_week ?? {};
  const last = stats.last_week ?? {};
  const replies = toCount(week.replies);
  const broadcasts = toCount(week.broadcasts);
  if (!replies && !broadcasts && !toCount(last.replies) && !toCount(last.broadcasts)) return null;
  const titleId = uniqueId('talk');
  const total = replies + broadcasts;
  const pct = total ? Math.round((replies / total) * 100) : 0;
  return h(
    'section',
    { class: 'card conversation', 'aria-labelledby': titleId, 'data-testid': 'conversation' },
    h('h2', { id: titleId, text: t('talk_heading') }),
    h(
      'div',
      { class: 'talk-bar', role: 'img', 'aria-label': t('talk_bar_label', [formatCount(replies), formatCount(broadcasts)]) },
      h('span', { class: 'talk-replies', style: `width: ${pct}%` }),
    ),
    h(
      'p',
      { class: 'talk-week', 'data-testid': 'talk-week' },
      plural(replies, 'talk_replies_one', 'talk_replies_other', [formatCount(replies), formatCount(week.replies_with_thought)]),
      ' · ',
      broadcastsText(broadcasts),
    ),
    h('p', { class: 'muted small', 'data-testid': 'talk-last', text: t('talk_last_week', [repliesText(last.replies), broadcastsText(last.broadcasts)]) }),
  );
}

const repliesText = (n) => plural(n, 'talk_count_replies_one', 'talk_count_replies_other', [formatCount(n)]);
const broadcastsText = (n) => plural(n, 'talk_broadcasts_one', 'talk_broadcasts_other', [formatCount(n)]);

/**
 * A sentence for the weekly line when the share of replies in what the user sent moved by a tenth
 * or more since last week; null otherwise (or when either week is empty).
 */
export function balanceNote(line) {
  const share = (replies, broadcasts) => (replies + broadcasts ? replies / (replies + broadcasts) : null);
  const now = share(toCount(line.replies), toCount(line.broadcasts));
  const before = share(toCount(line.last_replies), toCount(line.last_broadcasts));
  if (now === null || before === null || Math.abs(now - before) < 0.1) return null;
  return t(now > before ? 'talk_more' : 'talk_less', [repliesText(line.replies), broadcastsText(line.broadcasts)]);
}
