// The browser most e2e blocks share: one per test file (each file runs in its own process), with
// fresh settings and empty counts for every block, one fixture site open, and at the end of the
// block no error in the page or the extension. Registers the hooks in the calling describe block.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

let shared = null;
after(async () => {
  await shared?.close();
});

/**
 * `assign` receives `{ h, page }` once they exist, so test bodies keep plain `h` and `page`:
 *   let h; let page; siteSession('x', (s) => ({ h, page } = s));
 * @param {string} site fixture site id
 * @param {(s: { h: object, page: object }) => void} assign
 * @param {{ settings?: object, path?: string }} options
 */
export function siteSession(site, assign, { settings, path } = {}) {
  let h;
  let page;
  let seen;
  before(async () => {
    shared ??= await launch();
    h = shared;
    // What an earlier block left: counts, nudge history, settings.
    await h.inExtension(() => chrome.storage.local.clear());
    await h.settings(settings);
    seen = h.problems.length;
    page = await h.open(site, path);
    assign({ h, page });
  });
  after(async () => {
    await page.close();
    assert.deepEqual(h.problems.slice(seen), [], 'no errors in the page or the extension');
  });
}
