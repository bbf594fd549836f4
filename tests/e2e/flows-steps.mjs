// What a person does in the flows-*.test.mjs files, and how those tests read the results back:
// fixture counters, the nudge's shadow root, today's stored counts, the popup. Every wait here
// is on a signal (an attribute, a DOM change, stored data), never a fixed sleep.
import assert from 'node:assert/strict';
import { drivers } from './drivers.mjs';
import { chipState, typeInto } from './harness.mjs';

export const BARE_LINK = 'https://example.com/story';
export const THOUGHT = 'I tried this at work last week because our builds took 40 minutes, and it cut them to 12. Would it help your team too?';
/** Quote comments meant to score "thin" (40..59): a few words of opinion, no reason or question. */
const THIN_DRAFTS = [
  'This is worth reading for anyone maintaining a big build pipeline today',
  'Good overview of the tradeoffs, worth a read for anyone on the team',
  'Interesting numbers in here about how teams actually review code',
];

/** Counter positions in stored day arrays (src/stats/counters.rs; the order is the storage format). */
export const C = {
  reshareBlind: 0, quoteBlind: 1, quoteThin: 2, quoteThoughtful: 3, postBlind: 4, postThin: 5, postThoughtful: 6,
  nudgeShown: 7, addThought: 8, shareAnyway: 9, readFirst: 10, muteSite: 11, replyBlind: 12, replyThin: 13, replyThoughtful: 14,
};

export const nudge = (page) => page.locator('[data-second-thought="nudge"]');
export const chip = (page) => page.locator('[data-second-thought="chip"]');
export const count = (page, attr) => page.evaluate((a) => Number(document.documentElement.dataset[a] ?? 0), attr);

/** Two frames: whatever a click scheduled (a second replay, a re-render) has had its chance to run. */
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));


/**
 * Starts a blind reshare of post `post` the way the site offers it: opens the reshare menu (unless
 * one is still open, as after Escape on our prompt) and picks the blind item; clicks a one-click
 * control (`direct`); or does what the driver says (Reddit: post the crosspost composer empty).
 * `site` is a driver id or a driver.
 */
export async function startReshare(page, site = 'x', post = 0) {
  const d = typeof site === 'string' ? drivers[site] : site;
  if (d.startReshare) return d.startReshare(page, post);
  if (d.direct) return page.locator(d.confirm).nth(post).click();
  const confirm = page.locator(d.confirm).filter({ visible: true }).first();
  if (!(await confirm.isVisible())) await page.locator(d.trigger).nth(post).click();
  await confirm.click();
}

/** Waits until the fixture's counter named by `attr` (e.g. 'fxReposts') passes `above`. */
export async function countAbove(page, attr, above) {
  await page.waitForFunction(([a, n]) => Number(document.documentElement.dataset[a] ?? 0) > n, [attr, above]);
  return count(page, attr);
}

/** The open nudge's form, intercept flag, button actions, rendered text and focused button. */
export function nudgeState(page) {
  return nudge(page).evaluate((host) => ({
    form: host.dataset.form,
    intercept: host.dataset.intercept,
    actions: [...host.shadowRoot.querySelectorAll('[data-action]')].map((b) => b.dataset.action),
    visibleText: host.shadowRoot.querySelector('.box')?.innerText ?? '',
    focused: host.shadowRoot.activeElement?.dataset.action ?? null,
  }));
}

export async function closeNudge(page) {
  await page.keyboard.press('Escape');
  await nudge(page).waitFor({ state: 'detached' });
}

/** Types `text` into the open X quote composer, waits for the chip to read `level`, and posts it. */
export async function postQuote(page, text, level) {
  const d = drivers.x;
  const quotes = () => page.evaluate(() => window.__fixture.posts.filter((p) => p.kind === 'quote').length);
  const before = await quotes();
  await typeInto(page, d.quoteEditor, text);
  await chipState(page, { level });
  await page.locator(d.quotePost).first().click();
  await page.waitForFunction((n) => window.__fixture.posts.filter((p) => p.kind === 'quote').length > n, before);
}

/** The first of THIN_DRAFTS the extension's own scorer rates thin, so that tuning the scorer
 * fails here with a clear message instead of as a timeout deep inside a flow. */
export async function thinDraft(h) {
  const page = await h.extensionPage('popup/popup.html');
  const levels = await page.evaluate(async (drafts) => {
    const levels = [];
    for (const text of drafts) {
      const reply = await chrome.runtime.sendMessage({ type: 'score', draft: { text, context: { action: 'quote', quoted_text: null, link_title: null } } });
      levels.push(reply?.value?.level ?? reply?.error);
    }
    return levels;
  }, THIN_DRAFTS);
  await page.close();
  const i = levels.indexOf('thin');
  assert.ok(i >= 0, `no draft in THIN_DRAFTS scores thin any more (${levels.join(', ')}): add one that does`);
  return THIN_DRAFTS[i];
}

/** Today's key in stored stats, `2026-12-06`: the local calendar day, as the background keys it (the browser runs on this machine, in its time zone). */
export function localDay() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today's stored counts for one site. */
export async function todayCounts(h, site) {
  const stats = await h.storage('local', 'stats');
  const counts = stats?.days?.[localDay()]?.[site] ?? [];
  return Array.from({ length: 15 }, (_, i) => counts[i] ?? 0);
}

/** Polls stored stats (written by the worker after a message round trip) until `check` holds. */
export async function countsWhere(h, site, check, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const counts = await todayCounts(h, site);
    if (check(counts)) return counts;
    if (Date.now() > deadline) assert.fail(`stored counts for ${site} never became: ${what}; last ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The toolbar popup as it opens over a page at `url`, once it has rendered. */
export async function openPopup(h, url = 'https://x.com/home', tabId) {
  const tab = tabId == null ? '' : `tab=${tabId}&`;
  const page = await h.extensionPage(`popup/popup.html?${tab}url=${encodeURIComponent(url)}`);
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  return page;
}

/** The popup's "Prompts, last 30 days" list as { label: number }. */
export function popupNudges(popup) {
  return popup
    .locator('[data-testid=nudges] div')
    .evaluateAll((divs) => Object.fromEntries(divs.map((d) => [d.children[0].textContent, Number(d.children[1].textContent)])));
}

export { typeInto } from './harness.mjs';
