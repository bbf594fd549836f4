// The browser most e2e blocks share: launched with settings, one fixture site open, and at the end
// no error in the page or the extension. Registers the hooks in the calling describe block.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';

/**
 * `assign` receives `{ h, page }` once they exist, so test bodies keep plain `h` and `page`:
 *   let h; let page; siteSession('x', (s) => ({ h, page } = s));
 * @param {string} site fixture site id
 * @param {(s: { h: object, page: import('playwright-core').Page }) => void} assign
 * @param {{ settings?: object, path?: string }} options
 */
export function siteSession(site, assign, { settings, path } = {}) {
  let h;
  before(async () => {
    h = await launch();
    await h.settings(settings);
    assign({ h, page: await h.open(site, path) });
  });
  after(async () => {
    await h.close();
    assert.deepEqual(h.problems, [], 'no errors in the page or the extension');
  });
}
