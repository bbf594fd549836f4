// The naive baseline: what a JS-only extension would do with a handful of regular expressions in
// one pass. It is the floor the wasm scorer is compared with ("within 2× of naive JS"), so it must
// do comparable work: tokenize, spot links, hashtags, mentions, emoji and a few reasoning words.

const TOKEN = /(https?:\/\/\S+)|([#＃][\p{L}\p{N}_]+)|(@[\w.]+)|(\p{Extended_Pictographic})|([\p{L}\p{M}\p{N}'’]+)|([?？])/gu;
const REASONS = new Set(['because', 'since', 'but', 'however', 'think', 'disagree', 'why', 'how', 'weil', 'aber', 'porque', 'pero', 'parce', 'mais', 'perché', 'ma']);
const EMPTY = new Set(['this', 'so', 'true', 'must', 'read', 'wow', 'yes', 'agree', 'exactly', 'great', 'thread']);

/** @param {{text: string}} draft  @returns {{score: number, level: 'blind'|'thin'|'thoughtful'}} */
export function naiveScore(draft) {
  const text = typeof draft?.text === 'string' ? draft.text : '';
  let words = 0;
  let links = 0;
  let tags = 0;
  let mentions = 0;
  let emoji = 0;
  let reasons = 0;
  let empty = 0;
  let questions = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) links++;
    else if (m[2]) tags++;
    else if (m[3]) mentions++;
    else if (m[4]) emoji++;
    else if (m[5]) {
      words++;
      const w = m[5].toLowerCase();
      if (REASONS.has(w)) reasons++;
      else if (EMPTY.has(w)) empty++;
    } else questions++;
  }
  // Own words count; filler, links and tag piles do not.
  const own = Math.max(0, words - empty);
  let score = Math.min(60, own * 3) + Math.min(25, reasons * 12) + (questions ? 10 : 0);
  score -= Math.min(30, tags * 5 + emoji * 3 + (links && own < 4 ? 30 : 0));
  score = Math.max(0, Math.min(100, score + (mentions ? 0 : 5)));
  return { score, level: score >= 60 ? 'thoughtful' : score >= 30 ? 'thin' : 'blind' };
}
