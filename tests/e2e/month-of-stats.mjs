// A month of stored counts with known totals, shared by the popup, options and a11y tests. Days are
// given as "days before today" and turned into local calendar days inside the browser, so the
// numbers hold whatever the machine's time zone and date.

// Counter positions in the stored arrays (src/stats/counters.rs; the order is the storage format).
const C = { reshareBlind: 0, quoteBlind: 1, quoteThin: 2, quoteThoughtful: 3, nudgeShown: 7, addThought: 8, shareAnyway: 9, readFirst: 10, replyBlind: 12, replyThin: 13, replyThoughtful: 14 };

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** [daysAgo, site, counter, n] */
export const ENTRIES = [
  // This week (days 0..6): 7 thoughtful quotes on X, 2 blind reshares and 1 thin quote on Bluesky.
  ...range(0, 6).map((k) => [k, 'x', C.quoteThoughtful, 1]),
  [3, 'bluesky', C.reshareBlind, 1],
  [5, 'bluesky', C.reshareBlind, 1],
  [4, 'bluesky', C.quoteThin, 1],
  // Last week (days 7..13): 4 thoughtful and 3 blind on X; a thin quote and a blind reshare on an
  // added instance.
  ...[7, 9, 11, 13].map((k) => [k, 'x', C.quoteThoughtful, 1]),
  ...[8, 10, 12].map((k) => [k, 'x', C.reshareBlind, 1]),
  [8, 'https://mastodon.art', C.quoteThin, 1],
  [10, 'https://mastodon.art', C.reshareBlind, 1],
  // Older (days 14..29): Reddit alternates blind and thoughtful; one blind quote on X.
  ...range(14, 29).map((k) => [k, 'reddit', k % 2 === 0 ? C.reshareBlind : C.quoteThoughtful, 1]),
  [20, 'x', C.quoteBlind, 1],
  // Prompts: 12 shown, 5 thoughts added, 6 shared anyway, 1 read first.
  ...[0, 1, 2, 3, 8, 10].map((k) => [k, 'x', C.nudgeShown, 2]),
  ...range(0, 4).map((k) => [k, 'x', C.addThought, 1]),
  [3, 'bluesky', C.shareAnyway, 1],
  [5, 'bluesky', C.shareAnyway, 1],
  [8, 'x', C.shareAnyway, 1],
  [10, 'x', C.shareAnyway, 2],
  [12, 'x', C.shareAnyway, 1],
  [9, 'x', C.readFirst, 1],
  // Replies: this week 2 thoughtful on X and 1 thin on Bluesky; last week 1 blind on X.
  [0, 'x', C.replyThoughtful, 1],
  [2, 'x', C.replyThoughtful, 1],
  [1, 'bluesky', C.replyThin, 1],
  [9, 'x', C.replyBlind, 1],
];

/** What the popup must show for ENTRIES (rolling weeks, 30-day sites and prompts). */
export const EXPECTED = {
  weekShare: '70%',
  lastShare: '44%',
  weeklyLine: 'You added a thought to 7 of 10 shares this week (last week 4 of 9). More talking with people than last week: 3 replies to 10 posts and reshares.',
  talkWeek: '3 replies (2 with a thought) · 10 posts and reshares',
  talkLast: 'Last week: 1 reply, 9 posts and reshares.',
  siteWeek: 'This week on X: 7 of 7 reshares had a thought (100%).',
  chart: { thoughtful: 19, thin: 2, blind: 15 },
  sites: [
    ['Reddit', '16', '50%', '0'],
    ['X', '15', '73%', '3'],
    ['Bluesky', '3', '0%', '1'],
    ['mastodon.art', '2', '0%', '0'],
  ],
  streak: '3 days in a row without a blind reshare.',
  nudges: { 'Prompts shown': '12', 'Thoughts added': '5', 'Shared anyway': '6', 'Read first': '1' },
};

/** Writes ENTRIES as stored stats (replacing any) from inside the extension. */
export async function seedMonth(h, entries = ENTRIES) {
  await h.inExtension(async (list) => {
    const pad = (n) => String(n).padStart(2, '0');
    const dayKey = (daysAgo) => {
      const d = new Date();
      d.setHours(12, 0, 0, 0);
      d.setDate(d.getDate() - daysAgo);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    const days = {};
    for (const [k, site, counter, n] of list) {
      const sites = (days[dayKey(k)] ??= {});
      const counts = (sites[site] ??= []);
      while (counts.length <= counter) counts.push(0);
      counts[counter] += n;
    }
    await chrome.storage.local.set({ stats: { version: 1, days } });
  }, entries);
}
