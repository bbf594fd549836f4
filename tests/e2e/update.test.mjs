// Issue 19: an update keeps everything. The previous release (tools/previous-release.mjs: built from
// its commit) runs with a month of stats, customised settings and a prompt answered on X; then this
// build replaces it in place: same profile, same extension id, its files swapped and
// chrome.runtime.reload(), which is how Chromium updates an unpacked extension (onInstalled with
// reason "update", old content scripts cut off). Settings, stats and nudge history must survive
// byte for byte, the new build must read all of them, and the open tab must keep working.
//
// Chromium does not put an updated extension's manifest content scripts into tabs that are already
// open (measured: no new isolated world appears), so the worker injects them itself on update
// (chrome.scripting.executeScript, allowed on hosts it holds): the open tab keeps its chip.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launch, DIST, chipState } from './harness.mjs';
import { drivers } from './drivers.mjs';
import { seedMonth } from './month-of-stats.mjs';
import { BARE_LINK, C, nudge, nudgeState, count, countAbove, settle, startReshare, todayCounts, countsWhere, typeInto } from './flows-steps.mjs';
import { watchExceptions } from '../fixtures/hostile/probe.mjs';
import { previousRelease, PREVIOUS } from '../../tools/previous-release.mjs';

const X = drivers.x;
const DAY = 86_400_000;
// Customised everywhere a person can change something: defaults, a mode per site, a snooze, an
// added instance.
const settings = (now) => ({
  version: 2,
  defaults: { mode: 'gentle', suggest_below: 45, read_first: false, badge: true },
  sites: {
    x: { mode: 'pause' },
    reddit: { mode: 'off' },
    bluesky: { mode: 'pause', snooze_until: now + 3 * DAY },
    'https://mastodon.art': { mode: 'pause', kind: 'mastodon' },
  },
});

/** Sends one message to the worker from an extension page, as the popup and options page do. */
async function ask(h, message) {
  const page = await h.extensionPage('popup/popup.html');
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  assert.ok(reply?.ok, `${message.type}: ${reply?.error}`);
  return reply.value;
}

/** Polls until `ok` holds for what `read` gives: the worker stores a choice a moment after the click. */
async function until(read, ok, what) {
  for (const deadline = Date.now() + 5000; ; await new Promise((r) => setTimeout(r, 50))) {
    const value = await read();
    if (ok(value)) return value;
    assert.ok(Date.now() < deadline, what(value));
  }
}

const everything = async (h) => ({ sync: await h.storage('sync'), local: await h.storage('local') });

describe(`an update from the previous release (${PREVIOUS.version}) to this build`, { skip: process.env.BROWSER === 'firefox' && 'Chromium only: Firefox updates add-ons its own way' }, () => {
  let h;
  let loaded; // the directory Chromium loaded the extension from; the update replaces its files
  let tab;
  let world;
  let stored;
  let shown;
  let chipBefore;

  before(async () => {
    const previous = previousRelease();
    h = await launch({
      browser: 'chromium',
      editDist(dir) {
        loaded = dir;
        for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
        cpSync(previous, dir, { recursive: true });
      },
    });
    // Chromium turns an unpacked extension off when it reloads unless developer mode is on (loading
    // from the command line skips that check only at start-up).
    const manage = await h.context.newPage();
    await manage.goto('chrome://extensions');
    await manage.evaluate(() => new Promise((resolve) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)));
    await manage.close();

    await h.setStorage('sync', { settings: settings(Date.now()) });
    await seedMonth(h);
    tab = await h.open('x');
    world = await watchExceptions(h.context, tab);
    // The previous release at work: a prompt answered with "Share anyway" (nudge history, counts).
    const seeded = await todayCounts(h, 'x');
    await startReshare(tab, 'x');
    await nudge(tab).waitFor();
    await nudge(tab).locator('[data-action="share-anyway"]').click();
    await countAbove(tab, 'fxReposts', 0);
    await until(() => h.storage('local', 'nudge'), (nudges) => nudges?.x?.share_anyway_streak === 1, () => 'the previous release stored its nudge history');
    // The blind reshare is counted a moment after the nudge history: wait for it, or it lands after
    // the snapshot below and looks like a change the update made.
    await countsWhere(h, 'x', (c) => c[C.reshareBlind] === seeded[C.reshareBlind] + 1, 'the previous release counted the blind reshare');
    // A draft in the composer, scored by the previous release's content script.
    await typeInto(tab, X.editor, BARE_LINK);
    await chipState(tab, { level: 'blind' });
    chipBefore = await tab.locator('[data-second-thought="chip"]').elementHandle();
    stored = await everything(h);
    shown = await ask(h, { type: 'snapshot', url: 'https://x.com/home' });
  });

  after(async () => {
    await h?.close();
    assert.deepEqual(world?.thrown ?? [], [], 'no exception in any world of the open tab');
    assert.deepEqual(h?.problems ?? [], [], 'no errors in the pages or the extension');
  });

  it('updates in place: same extension id, this build running', async () => {
    for (const name of readdirSync(loaded)) rmSync(join(loaded, name), { recursive: true, force: true });
    cpSync(DIST, loaded, { recursive: true });
    const next = h.context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(h.extensionId), timeout: 15_000 });
    await h.sw.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker ends mid-call
    const worker = await next;
    assert.equal(new URL(worker.url()).host, h.extensionId);
    const running = await worker.evaluate(async () => ({
      version: chrome.runtime.getManifest().version,
      background: await (await fetch(chrome.runtime.getURL('background.js'))).text(),
    }));
    assert.equal(running.version, JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).version);
    assert.ok(running.background === readFileSync(join(DIST, 'background.js'), 'utf8'), "the worker runs this build's background.js");
  });

  it('keeps settings, a month of stats and the nudge history, byte for byte', async () => {
    // Both releases store the same formats, so nothing may change. A release that migrates storage
    // replaces this with what its migration must produce.
    const after_ = await everything(h);
    assert.deepEqual(after_.sync, stored.sync, 'settings');
    assert.deepEqual(after_.local.stats, stored.local.stats, 'stats');
    assert.deepEqual(after_.local.nudge, stored.local.nudge, 'nudge history');
    assert.deepEqual(after_, stored, 'nothing else either');
  });

  it('reads all of it: nothing ignored, the same numbers for the popup', async () => {
    const state = await ask(h, { type: 'options-state' });
    assert.deepEqual(state.ignored, [], 'every stored setting understood');
    assert.deepEqual(state.stats_problems, [], 'every stored count understood');
    assert.deepEqual(state.settings, stored.sync.settings);
    assert.equal(state.effective.reddit.mode, 'off');
    assert.equal(state.effective.bluesky.snoozed, true, 'the snooze still runs');
    const snapshot = await ask(h, { type: 'snapshot', url: 'https://x.com/home' });
    // The same numbers the old build showed; the new build adds fields of its own (replies).
    const asBefore = (now, before) => (Array.isArray(before) ? before.map((b, i) => asBefore(now?.[i], b)) : before && typeof before === 'object' ? Object.fromEntries(Object.keys(before).map((k) => [k, asBefore(now?.[k], before[k])])) : now);
    assert.deepEqual(asBefore(snapshot.stats, shown.stats), shown.stats);
    assert.equal(snapshot.settings_problems, 0);
    assert.equal(snapshot.stats.nudges.share_anyway, shown.stats.nudges.share_anyway);
  });

  it('the open tab keeps working: the old content script steps aside, nothing breaks', async () => {
    await typeInto(tab, X.editor, 'still my page after the update');
    await tab.locator(X.postButton).click();
    await tab.waitForFunction(() => window.__fixture.posts.at(-1)?.text === 'still my page after the update');
    await tab.waitForFunction((chip) => !chip.isConnected, chipBefore, { timeout: 5000 });
    assert.ok((await tab.locator('[data-second-thought="chip"]').count()) <= 1, 'never two chips');
    assert.equal(await tab.locator('[data-second-thought="nudge"]').count(), 0);
  });

  it('the new content script takes over the open tab without a reload', async () => {
    await typeInto(tab, X.editor, BARE_LINK);
    await chipState(tab, { level: 'blind', timeout: 3000 });
  });

  it('after a reload the tab runs this build, which carries on the nudge history and the counts', async () => {
    const counted = await todayCounts(h, 'x');
    await tab.reload();
    await tab.waitForFunction(() => document.readyState === 'complete' && window.__fixture);
    await typeInto(tab, X.editor, BARE_LINK);
    await chipState(tab, { level: 'blind' });
    // A second "Share anyway" in a row, the first given to the previous release: the back-off starts.
    await startReshare(tab, 'x');
    await nudge(tab).waitFor();
    assert.equal((await nudgeState(tab)).intercept, 'true');
    await nudge(tab).locator('[data-action="share-anyway"]').click();
    const reposts = await countAbove(tab, 'fxReposts', 0);
    const history = await until(
      async () => (await h.storage('local', 'nudge'))?.x,
      (x) => x?.share_anyway_streak === 2,
      (x) => `streak ${x?.share_anyway_streak}: the history from before the update was lost`,
    );
    assert.ok(history.backoff_until > Date.now(), 'backing off');
    await startReshare(tab, 'x');
    assert.equal(await countAbove(tab, 'fxReposts', reposts), reposts + 1, 'backed off: the next blind reshare goes straight through');
    await settle(tab);
    assert.equal(await count(tab, 'fxReposts'), reposts + 1);
    const now = await countsWhere(h, 'x', (c) => c[C.reshareBlind] >= counted[C.reshareBlind] + 2, 'two more blind reshares');
    assert.equal(now[C.reshareBlind], counted[C.reshareBlind] + 2, 'counted on top of the month');
    assert.equal(now[C.shareAnyway], counted[C.shareAnyway] + 1);
  });
});
