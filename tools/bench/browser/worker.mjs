// A count sent while the service worker is stopped: ms from the message until its reply, which the
// worker sends once the count is stored (extension/background/handlers.js `event`). Chromium stops
// an idle worker after about 30 s, so most counts of a real day start the worker first: loading
// background.js, compiling the core's wasm, reading, folding and writing the stored stats.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../../tests/e2e/harness.mjs';
import { ENTRIES, seedMonth } from '../../../tests/e2e/month-of-stats.mjs';
import { stopWorker, workerRunning } from '../../../tests/fixtures/hostile/probe.mjs';
import { yearOfEntries } from './popup.mjs';

// An extension page that sends nothing by itself (the popup and options pages ask the worker for
// their data when they open and when storage changes), so every wake-up is the measured one's.
const QUIET_PAGE = 'bench-quiet.html';

/** Sends one count from `control` and times it to the acknowledgement; throws on a refusal. */
function timedCount(control) {
  return control.evaluate(async () => {
    const event = { kind: 'nudge_shown', site: 'x', at_ms: Date.now(), tz_offset_min: -new Date().getTimezoneOffset() };
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
 * Counts sent to a stopped worker, each followed by one to the running worker: `times` with a year
 * of counts stored (the popup's heavy user; the worker rewrites the whole stats value for every
 * count), then `times` with a month of them. Returns ms per count and `problems`.
 */
export async function workerReplies(times = 9) {
  const h = await launch({
    editDist(dir) {
      writeFileSync(join(dir, QUIET_PAGE), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    },
  });
  const year = { cold: [], warm: [] };
  const month = { cold: [], warm: [] };
  const problems = [];
  try {
    await h.settings();
    const control = await h.extensionPage(QUIET_PAGE);
    await control.waitForFunction(() => typeof chrome?.runtime?.sendMessage === 'function');
    for (const [stored, entries] of [[year, yearOfEntries()], [month, ENTRIES]]) {
      await seedMonth(h, entries);
      const before = await storedCount(control);
      for (let i = 0; i < times; i++) {
        await stopWorker(h, control);
        if (await workerRunning(h, control)) problems.push('the worker was running when a cold count was sent');
        stored.cold.push(await timedCount(control));
        stored.warm.push(await timedCount(control));
      }
      const counted = (await storedCount(control)) - before;
      if (counted !== 2 * times) problems.push(`${2 * times} counts acknowledged, ${counted} stored`);
    }
  } finally {
    await h.close();
  }
  return { year, month, problems };
}
