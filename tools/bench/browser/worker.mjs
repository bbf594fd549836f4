// A count sent while the service worker is stopped: ms from the message until its reply, which the
// worker sends once the count is stored (extension/background/handlers.js `event`). Chromium stops
// an idle worker after about 30 s, so most counts of a real day start the worker first: loading
// background.js, compiling the core's wasm, reading, folding and writing the stored stats.
// Alone: `node tools/bench/run.mjs --only=worker`; BENCH_DIST=<dir> measures another build of dist/.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../../tests/e2e/harness.mjs';
import { ENTRIES, seedMonth } from '../../../tests/e2e/month-of-stats.mjs';
import { stopWorker, workerRunning } from '../../../tests/fixtures/hostile/probe.mjs';
import { yearOfEntries } from './popup.mjs';

// An extension page that sends nothing by itself (the popup and options pages ask the worker for
// their data when they open and when storage changes), so every wake-up is the measured one's.
const QUIET_PAGE = 'bench-quiet.html';

/** Sends one count from `control`, with an id as content scripts send it, and times it to the acknowledgement; throws on a refusal. */
function timedCount(control) {
  return control.evaluate(async () => {
    const event = { kind: 'nudge_shown', site: 'x', at_ms: Date.now(), tz_offset_min: -new Date().getTimezoneOffset(), id: crypto.randomUUID() };
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'event', event });
    const ms = performance.now() - start;
    if (!reply?.ok) throw new Error(`the count was refused: ${reply?.error}`);
    return ms;
  });
}

/** Today's nudge_shown count on X as stored (the local day, as the counts are sent). */
function storedCount(control) {
  return control.evaluate(async () => {
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const { stats } = await chrome.storage.local.get('stats');
    return stats?.days?.[day]?.x?.[7] ?? 0; // counter 7: nudge_shown (src/stats/counters.rs)
  });
}

/**
 * A year of the heavy user's counts ending on the last day of this month: once the stats are split
 * by month (src/stats/layout.rs), the current month's key then holds a whole month, the most a
 * count ever reads and writes. Days after today are kept as they are (a clock once ahead).
 */
function yearToMonthEnd() {
  const today = new Date();
  const ahead = new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate() - today.getDate();
  return yearOfEntries().map(([daysAgo, ...rest]) => [daysAgo - ahead, ...rest]);
}

/** Counts `n` events to the running worker, untimed: the memory of recent ids is full, as in use. */
function fillIds(control, n = 200) {
  return control.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const event = { kind: 'read_first', site: 'bluesky', at_ms: Date.now(), tz_offset_min: -new Date().getTimezoneOffset(), id: crypto.randomUUID() };
      const reply = await chrome.runtime.sendMessage({ type: 'event', event });
      if (!reply?.ok) throw new Error(`the count was refused: ${reply?.error}`);
    }
  }, n);
}

/**
 * Counts sent to a stopped worker, each followed by one to the running worker: `times` with a year
 * of counts stored (the popup's heavy user), then `times` with a month of them. Each is seeded as
 * the release before the split stored it (one `stats` value); the first count after seeding, to a
 * stopped worker, is timed on its own (`first`: it moves the earlier months to their own keys, once
 * after the update), then 200 counts fill the memory of recent ids. Returns ms per count and `problems`.
 */
export async function workerReplies(times = 9) {
  const h = await launch({
    editDist(dir) {
      if (process.env.BENCH_DIST) cpSync(process.env.BENCH_DIST, dir, { recursive: true });
      writeFileSync(join(dir, QUIET_PAGE), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    },
  });
  const year = { cold: [], warm: [], first: null };
  const month = { cold: [], warm: [], first: null };
  const problems = [];
  try {
    await h.settings();
    const control = await h.extensionPage(QUIET_PAGE);
    await control.waitForFunction(() => typeof chrome?.runtime?.sendMessage === 'function');
    for (const [stored, entries] of [[year, yearToMonthEnd()], [month, ENTRIES]]) {
      await control.evaluate(() => chrome.storage.local.clear());
      await seedMonth(h, entries);
      const before = await storedCount(control);
      await stopWorker(h, control);
      stored.first = await timedCount(control);
      await fillIds(control);
      for (let i = 0; i < times; i++) {
        await stopWorker(h, control);
        if (await workerRunning(h, control)) problems.push('the worker was running when a cold count was sent');
        stored.cold.push(await timedCount(control));
        stored.warm.push(await timedCount(control));
      }
      const counted = (await storedCount(control)) - before;
      if (counted !== 2 * times + 1) problems.push(`${2 * times + 1} counts acknowledged, ${counted} stored`);
      stored.bytes = await control.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        const size = (v) => new TextEncoder().encode(JSON.stringify(v)).length;
        return { current: size(all.stats), total: Object.entries(all).filter(([k]) => k === 'stats' || k.startsWith('stats/')).reduce((n, [, v]) => n + size(v), 0) };
      });
    }
  } finally {
    await h.close();
  }
  return { year, month, problems };
}
