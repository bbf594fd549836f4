// Popup open time with a year of counts stored: ms from navigation to the first complete panel,
// which the popup itself writes to <html data-rendered> (extension/popup/popup.js). The popup is
// opened for real, over a tab on X, as the toolbar button opens it.
import { readFileSync, writeFileSync } from 'node:fs';
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
 * Opens the real popup, as a click on the toolbar button does (chrome.action.openPopup), from
 * `control`, an extension page, and reads the popup's own marks once it has rendered: the popup
 * is a view of the extension, not a tab, so no automation attaches to it and delays its start.
 * The control polls every 20 ms; the popup shares its renderer's main thread.
 */
function openRealPopup(control) {
  return control.evaluate(async () => {
    const wait = () => new Promise((resolve) => setTimeout(resolve, 20));
    const until = performance.now() + 15_000;
    while (chrome.extension.getViews({ type: 'popup' }).length) await wait(); // the last one closing
    await chrome.action.openPopup();
    for (;;) {
      const view = chrome.extension.getViews({ type: 'popup' })[0];
      const rendered = view?.document.documentElement.dataset.rendered;
      if (rendered) {
        const marks = Object.fromEntries(view.performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
        const shown = Boolean(view.document.querySelector('[data-testid=week-share]'));
        view.close();
        return { rendered: Number(rendered), marks, shown };
      }
      if (performance.now() > until) throw new Error('the popup did not render within 15 s');
      await wait();
    }
  });
}

/** A tab on X in front (the popup shows the active tab's site) and an extension page to drive it. */
async function popupStage(h, controlPath) {
  const control = await h.extensionPage(controlPath);
  const tab = await h.open('x');
  await tab.bringToFront();
  return { control, close: () => Promise.all([control.close(), tab.close()]) };
}

/**
 * Opens the popup `times` times. Each sample: ms from navigation to rendered, and the split the
 * popup marks (st-snapshot-asked / st-snapshot-received): start-up, the background's snapshot of
 * the stored counts, and drawing the panel. The first open may also wake the service worker.
 */
export async function popupOpens(h, times = 7) {
  await h.settings();
  await seedMonth(h, yearOfEntries());
  const stage = await popupStage(h, 'options/options.html');
  // The seed is one `stats` value, as releases before the split by month stored it; the worker's
  // first count stores it the way it is kept from then on (src/stats/layout.rs).
  const counted = await stage.control.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'event', event: { kind: 'nudge_shown', site: 'x', at_ms: Date.now(), tz_offset_min: -new Date().getTimezoneOffset() } }),
  );
  if (!counted?.ok) throw new Error(`the count was refused: ${counted?.error}`);
  const samples = [];
  for (let i = 0; i < times; i++) {
    const { rendered, marks, shown } = await openRealPopup(stage.control);
    if (!shown) throw new Error('the popup rendered without its stats panel');
    const asked = marks['st-snapshot-asked'];
    const received = marks['st-snapshot-received'];
    samples.push({
      rendered,
      startup: asked ?? null,
      snapshot: asked !== undefined && received !== undefined ? received - asked : null,
      draw: received !== undefined ? rendered - received : null,
    });
  }
  await stage.close();
  return samples;
}

/**
 * What any popup costs before its own code runs: a copy of dist/ whose popup is a blank page with
 * one script that writes the same <html data-rendered> mark, opened the same way. The popup's own
 * cost is what lies above this floor.
 */
export async function popupFloor(times = 7) {
  const h = await launch({
    editDist(dir) {
      writeFileSync(join(dir, 'floor.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="floor.js"></script></body></html>');
      writeFileSync(join(dir, 'floor.js'), 'document.documentElement.dataset.rendered = String(performance.now());');
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      manifest.action.default_popup = 'floor.html';
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    },
  });
  const samples = [];
  try {
    const { control } = await popupStage(h, 'floor.html');
    for (let i = 0; i < times; i++) samples.push((await openRealPopup(control)).rendered);
  } finally {
    await h.close();
  }
  return samples;
}
