// Popup open time with a year of counts stored: ms from navigation to the first complete panel,
// which the popup itself writes to <html data-rendered> (extension/popup/popup.js).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedMonth } from '../../../tests/e2e/month-of-stats.mjs';
import { launch } from '../../../tests/e2e/harness.mjs';

const SITES = ['x', 'bluesky', 'mastodon', 'linkedin', 'threads', 'facebook', 'reddit', 'https://mastodon.art'];
const COUNTERS = 12;

/** [daysAgo, site, counter, n] for 365 days: a deterministic but uneven, heavy user. */
export function yearOfEntries(days = 365) {
  let seed = 0x2545f491;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const entries = [];
  for (let day = 0; day < days; day++) {
    for (const site of SITES) {
      if (rand() < 0.35) continue; // not every site every day
      for (let c = 0; c < COUNTERS; c++) {
        const n = Math.floor(rand() * rand() * 6);
        if (n) entries.push([day, site, c, n]);
      }
    }
  }
  return entries;
}

/**
 * Opens the popup `times` times. Each sample: ms from navigation to rendered, and the split the
 * popup marks (st-snapshot-asked / st-snapshot-received): start-up, the background's snapshot of
 * the stored counts, and drawing the panel. The first open may also wake the service worker.
 */
export async function popupOpens(h, times = 7) {
  await h.settings();
  await seedMonth(h, yearOfEntries());
  const path = 'popup/popup.html?url=' + encodeURIComponent('https://x.com/home');
  const samples = [];
  for (let i = 0; i < times; i++) {
    const page = await h.extensionPage(path);
    const handle = await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 15_000 });
    const rendered = Number(await handle.jsonValue());
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const asked = marks['st-snapshot-asked'];
    const received = marks['st-snapshot-received'];
    samples.push({
      rendered,
      startup: asked ?? null,
      snapshot: asked !== undefined && received !== undefined ? received - asked : null,
      draw: received !== undefined ? rendered - received : null,
    });
    const shown = await page.locator('[data-testid=week-share]').count();
    await page.close();
    if (!shown) throw new Error('the popup rendered without its stats panel');
  }
  return samples;
}

/**
 * What any extension page costs before its own code runs: a copy of dist/ gets a blank page whose
 * only script writes the same <html data-rendered> mark, opened like the popup. The popup's own
 * cost is what lies above this floor.
 */
export async function popupFloor(times = 7) {
  const h = await launch({
    editDist(dir) {
      writeFileSync(join(dir, 'floor.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="floor.js"></script></body></html>');
      writeFileSync(join(dir, 'floor.js'), 'document.documentElement.dataset.rendered = String(performance.now());');
    },
  });
  const samples = [];
  try {
    for (let i = 0; i < times; i++) {
      const page = await h.extensionPage('floor.html');
      const handle = await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 15_000 });
      samples.push(Number(await handle.jsonValue()));
      await page.close();
    }
  } finally {
    await h.close();
  }
  return samples;
}
