// Never lose a count: events from many pages at once, a storage quota that runs out, values in
// storage that are garbage, and a service worker stopped between (and during) events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { drivers } from './drivers.mjs';
import { addQuietPage, controlPage, send, stopWorker, workerRunning } from '../fixtures/hostile/probe.mjs';
import { localDay } from './flows-steps.mjs';

// Where each event lands in a site's stored counter array (the storage format of src/stats).
const SLOT = {
  reshare_blind: 0, 'quote_posted:blind': 1, 'quote_posted:thin': 2, 'quote_posted:thoughtful': 3,
  'post_sent:blind': 4, 'post_sent:thin': 5, 'post_sent:thoughtful': 6,
  nudge_shown: 7, add_thought: 8, share_anyway: 9, read_first: 10, mute_site: 11,
};
const KINDS = Object.keys(SLOT);
const SITES = ['x', 'bluesky', 'mastodon', 'https://fosstodon.org'];
const AT = Date.now();
const TODAY = new Date(AT).toISOString().slice(0, 10); // events carry tz offset 0

const event = (slot, site) => {
  const [kind, level] = slot.split(':');
  return { type: 'event', event: { kind, site, at_ms: AT, tz_offset_min: 0, ...(level ? { level } : {}) } };
};

/** The counter arrays events should produce, per site, as stored (trailing zeros trimmed). */
function tally(events) {
  const bySite = {};
  for (const { event: e } of events) {
    const row = (bySite[e.site] ??= new Array(12).fill(0));
    row[SLOT[e.level ? `${e.kind}:${e.level}` : e.kind]]++;
  }
  for (const row of Object.values(bySite)) while (row.at(-1) === 0) row.pop();
  return bySite;
}

let h;
let control;
const faults = [];
before(async () => {
  h = await launch({ editDist: addQuietPage });
  await h.settings();
  control = await controlPage(h, 'quiet.html');
});
after(async () => {
  console.log(`faults injected: ${faults.length} (${faults.join(', ')})`);
  await h.close();
  assert.deepEqual(h.problems, [], 'no errors in the pages or the extension');
});

const stored = async (key) => (await control.evaluate((k) => chrome.storage.local.get(k), key))[key];
const todayCounts = async () => (await stored('stats'))?.days?.[TODAY] ?? {};
async function reset() {
  assert.deepEqual(await send(control, { type: 'reset' }), { ok: true, value: true });
  await h.settings();
}

test('1,000 events sent at once from five pages are all counted, exactly', async () => {
  await reset();
  const pages = await Promise.all(Array.from({ length: 5 }, () => controlPage(h)));
  const batches = pages.map((_, p) => Array.from({ length: 200 }, (_, i) => event(KINDS[(p * 7 + i) % KINDS.length], SITES[(p + i) % SITES.length])));
  const started = Date.now();
  const replies = await Promise.all(pages.map((page, p) => page.evaluate((batch) => Promise.all(batch.map((m) => chrome.runtime.sendMessage(m))), batches[p])));
  const ms = Date.now() - started;
  assert.deepEqual(replies.flat().filter((r) => !r?.ok), [], 'every event was acknowledged');
  assert.deepEqual(await todayCounts(), tally(batches.flat()));
  const snapshot = await send(control, { type: 'snapshot' });
  const sent = (kind) => batches.flat().filter((m) => m.event.kind === kind).length;
  assert.equal(snapshot.value.stats.nudges.shown, sent('nudge_shown'));
  assert.equal(snapshot.value.stats.nudges.share_anyway, sent('share_anyway'));
  console.log(`1000 events from 5 pages counted in ${ms} ms (${Math.round(1000 / (ms / 1000))}/s)`);
  await Promise.all(pages.map((page) => page.close()));
});

test('a write refused for quota loses no other data, says so to the sender, and the next event lands', async () => {
  await reset();
  const first = [event('reshare_blind', 'x'), event('nudge_shown', 'bluesky'), event('post_sent:thin', 'mastodon')];
  for (const m of first) assert.equal((await send(control, m)).ok, true);
  // Fill local storage to three bytes short of its quota, the way another big value would.
  await control.evaluate(async () => {
    const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    await chrome.storage.local.set({ ballast: 'b'.repeat(free - 'ballast'.length - 2 - 3) });
  });
  faults.push('quota exhausted');
  const refused = await send(control, event('reshare_blind', 'https://fosstodon.org'));
  assert.equal(refused.ok, false);
  assert.match(refused.error, /quota/i, 'the sender learns why');
  assert.deepEqual(await todayCounts(), tally(first), 'the stored counts are intact');

  await control.evaluate(() => chrome.storage.local.remove('ballast'));
  const next = Array.from({ length: 10 }, (_, i) => event(KINDS[i], SITES[i % SITES.length]));
  const replies = await Promise.all(next.map((m) => send(control, m)));
  assert.ok(replies.every((r) => r.ok), 'the write queue is not stuck after a failure');
  assert.deepEqual(await todayCounts(), tally([...first, ...next]));
});

test('garbage in storage is survived with defaults, and every valid site keeps its data', async () => {
  await reset();
  await h.setStorage('local', { stats: 'garbage' });
  faults.push('stats = "garbage"');
  const state = await send(control, { type: 'options-state' });
  assert.ok(state.value.stats_problems.length > 0, 'the options page is told the stats were damaged');
  assert.equal((await send(control, event('reshare_blind', 'x'))).ok, true);
  assert.deepEqual(await todayCounts(), { x: [1] });

  const month = `${new Date(AT).getUTCFullYear() - 2}-06`;
  await h.setStorage('local', {
    stats: { version: 1, days: { [TODAY]: { x: 'lots', bluesky: [2, 0, 1], mastodon: { a: 1 } }, '2026-13-45': { x: [9] } }, months: { [month]: { reddit: [5], threads: 'x' } } },
    nudge: { x: 'garbage', bluesky: { recent: 'often', backoff_until: 'soon', share_anyway_streak: -4 } },
  });
  await h.setStorage('sync', { settings: { version: 2, defaults: 'junk', sites: { x: { mode: 42 }, bluesky: { mode: 'gentle' }, 'https://evil': { kind: 'nope' } } } });
  faults.push('string counters', 'bad day key', 'bad nudge history', 'bad settings');
  assert.equal((await send(control, event('reshare_blind', 'x'))).ok, true);
  const stats = await stored('stats');
  assert.deepEqual(stats.days[TODAY].x, [1], 'the damaged site starts again from this event');
  assert.deepEqual(stats.days[TODAY].bluesky, [2, 0, 1], 'other sites keep their counts');
  // A count splits the old single value: earlier months move to keys of their own.
  assert.deepEqual((await stored(`stats/${month}`)).months[month].reddit, [5], 'old months keep theirs');

  const pageState = async (origin) => (await send(control, { type: 'page-state', origin })).value.effective.mode;
  assert.equal(await pageState('https://bsky.app'), 'gentle', 'a valid per-site setting survives its broken neighbours');
  assert.equal(await pageState('https://x.com'), 'pause', 'a broken one falls back to the default');
  const decision = await send(control, { type: 'decide', site: 'bluesky', input: { action: 'reshare', mode: 'pause', has_link: false, link_opened: false, read_first_enabled: true } });
  assert.equal(decision.ok, true, 'a damaged nudge history still gives a decision');

  // And on the page itself: the blind reshare is still paused, and counted once chosen.
  const page = await h.open('x');
  const d = drivers.x;
  await page.locator(d.trigger).first().click();
  await page.locator(d.confirm).click();
  await page.locator('[data-second-thought="nudge"] [data-action="share-anyway"]').click();
  await page.waitForFunction(() => Number(document.documentElement.dataset.fxReposts) === 1);
  await control.waitForFunction(async (day) => ((await chrome.storage.local.get('stats')).stats.days[day]?.x?.[9] ?? 0) >= 1, localDay());
  await page.close();
});

test('a worker stopped between events loses none of them', async () => {
  await reset();
  const all = [];
  for (let round = 0; round < 5; round++) {
    const batch = Array.from({ length: 20 }, (_, i) => event(KINDS[(round + i) % KINDS.length], SITES[i % SITES.length]));
    const replies = await Promise.all(batch.map((m) => send(control, m)));
    assert.ok(replies.every((r) => r.ok), `round ${round} acknowledged`);
    all.push(...batch);
    await stopWorker(h, control);
    faults.push('worker stopped');
    assert.equal(await workerRunning(h, control), false, 'the worker is really stopped');
  }
  assert.deepEqual(await todayCounts(), tally(all));
});

test('a worker stopped mid-stream keeps every event it acknowledged', async () => {
  await reset();
  const page = await controlPage(h);
  let stopping = null;
  await page.exposeFunction('stopTheWorker', () => {
    faults.push('worker stopped mid-stream');
    stopping = stopWorker(h, control, { waitGone: false });
  });
  const batch = Array.from({ length: 200 }, (_, i) => event('reshare_blind', SITES[i % SITES.length]));
  const acked = await page.evaluate(async (messages) => {
    let ok = 0;
    const replies = messages.map((m) =>
      chrome.runtime.sendMessage(m).then(
        (r) => {
          if (r?.ok && ++ok === 40) window.stopTheWorker();
          return r?.ok === true;
        },
        () => false,
      ),
    );
    return (await Promise.all(replies)).filter(Boolean).length;
  }, batch);
  assert.ok(stopping, 'the worker was stopped while events were in flight');
  await stopping;
  const counted = Object.values(await todayCounts()).reduce((n, row) => n + row[0], 0);
  console.log(`mid-stream stop: 200 sent, ${acked} acknowledged, ${counted} counted`);
  assert.ok(acked >= 40, `${acked} acknowledged`);
  assert.ok(counted >= acked && counted <= 200, `${counted} counted for ${acked} acknowledged`);
  await page.close();
});

test('an event sent again with the same id is counted once', async () => {
  await reset();
  const once = event('reshare_blind', 'x');
  once.event.id = 'tab-1-count-1';
  for (let i = 0; i < 3; i++) assert.deepEqual(await send(control, once), { ok: true, value: true }, 'every resend is acknowledged');
  assert.deepEqual(await todayCounts(), { x: [1] });
});

// The outbox in the page (extension/content/outbox.js) resends what the worker did not acknowledge;
// the worker's memory of ids drops what it stored already. Three tabs reshare in gentle mode (each
// reshare sends a count) while the worker is stopped over and over: every action counted once.
test('a burst from three tabs while the worker keeps being stopped: one count per action', async () => {
  await reset();
  await h.settings({}, { mode: 'gentle' });
  const PER_TAB = 8;
  const tabs = await Promise.all([0, 1, 2].map(() => h.open('x', '?posts=12')));
  let stops = 0;
  let bursting = true;
  const stopper = (async () => {
    while (bursting) {
      await stopWorker(h, control, { waitGone: false }).then(() => stops++, () => {});
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 80));
    }
  })();
  const d = drivers.x;
  await Promise.all(
    tabs.map(async (tab) => {
      for (let i = 0; i < PER_TAB; i++) {
        // A reposted post's button turns into "Undo repost", so the first "Repost" left is the next post.
        await tab.locator(d.trigger).first().click();
        await tab.locator(d.confirm).click();
        await tab.waitForFunction((n) => Number(document.documentElement.dataset.fxReposts) === n, i + 1);
      }
    }),
  );
  bursting = false;
  await stopper;
  faults.push(`worker stopped ${stops} times during a burst`);
  const want = 3 * PER_TAB;
  await control.waitForFunction(async ([day, n]) => ((await chrome.storage.local.get('stats')).stats?.days?.[day]?.x?.[0] ?? 0) >= n, [localDay(), want], { timeout: 30_000 });
  // Anything resent late would land now: give the outboxes a moment, then count once more.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const counted = (await stored('stats')).days[localDay()].x[0];
  console.log(`burst: ${want} reshares in 3 tabs, worker stopped ${stops} times, ${counted} counted`);
  assert.ok(stops >= 3, `the worker was stopped during the burst (${stops} times)`);
  assert.equal(counted, want, 'one count per action: none lost, none doubled');
  for (const tab of tabs) await tab.close();
});
