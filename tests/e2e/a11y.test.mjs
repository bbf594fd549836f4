// axe-core over the popup and the options page, in light and dark, in the states people meet:
// a month of data, a new user, an unsupported page, damaged settings, an open reset confirmation.
// Extension pages forbid inline and eval'd scripts (CSP), so axe is injected through Playwright's
// evaluate, which goes through the DevTools protocol and is not subject to the page's CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch } from './harness.mjs';
import { seedMonth } from './month-of-stats.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

async function open(path) {
  const page = await h.extensionPage(path);
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  return page;
}

/** Runs axe (WCAG 2.x A/AA rules plus best practices) and returns its violations. */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

async function check(t, page, label) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await audit(page);
    for (const v of violations) t.diagnostic(`${label} (${scheme}): ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `${label} (${scheme}) has serious or critical violations`);
  }
}

test('axe finds the injection works at all', async () => {
  const page = await open('popup/popup.html');
  await page.evaluate(await AXE_SOURCE);
  assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function');
  // A deliberately broken element must be reported, or the audits below prove nothing.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
  const ids = (await audit(page)).map((v) => v.id);
  assert.ok(ids.includes('image-alt'), `expected image-alt among ${ids}`);
  await page.close();
});

test('popup with a month of data', async (t) => {
  await h.settings({ x: { mode: 'gentle' } });
  await seedMonth(h);
  const page = await open('popup/popup.html?url=' + encodeURIComponent('https://x.com/home'));
  await page.locator('.chart-table summary').click(); // the table is part of what people meet
  await page.locator('.chart-table table').waitFor();
  await check(t, page, 'popup');
  await page.close();
});

test('popup while snoozed, and on an unsupported page', async (t) => {
  await h.settings({ x: { snooze_until: Date.now() + 3_600_000 } });
  let page = await open('popup/popup.html?url=' + encodeURIComponent('https://x.com/home'));
  await check(t, page, 'popup snoozed');
  await page.close();
  page = await open('popup/popup.html?url=' + encodeURIComponent('https://example.com/'));
  await check(t, page, 'popup unsupported');
  await page.close();
});

test('popup for a new user', async (t) => {
  await h.settings();
  await h.setStorage('local', { stats: { version: 1, days: {} } });
  const page = await open('popup/popup.html?url=' + encodeURIComponent('https://bsky.app/'));
  await check(t, page, 'popup empty');
  await page.close();
});

test('options page', async (t) => {
  await h.settings({ reddit: { snooze_until: Date.now() + 3_600_000 }, 'https://mastodon.art': { kind: 'mastodon' } });
  await seedMonth(h);
  const page = await open('options/options.html');
  await page.getByTestId('instance-input').fill('http://nope');
  await page.getByRole('button', { name: 'Add', exact: true }).click(); // an error message on show
  await check(t, page, 'options');
  await page.close();
});

test('options page with damaged settings and the reset confirmation open', async (t) => {
  await h.setStorage('sync', { settings: { version: 2, defaults: { mode: 'loud' }, sites: { x: { mode: 3 } } } });
  const page = await open('options/options.html');
  await page.getByTestId('problems').waitFor();
  await page.getByTestId('reset').click();
  await check(t, page, 'options damaged');
  await page.close();
  assert.deepEqual(h.problems, []);
});
