// Issue 6, end to end: the options page's controls reach pages that are already open, and an
// instance added there gets the content script on its next load (and loses it once removed).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chipState, launch } from './harness.mjs';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { BARE_LINK, chip, settle, typeInto } from './flows-steps.mjs';

const X = drivers.x;
const INSTANCE = 'https://mastodon.example';

async function openOptions(h) {
  const page = await h.extensionPage('options/options.html');
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  return page;
}

describe('options: a site switched off and on reaches an open tab', () => {
  let h;
  let tab;
  siteSession('x', (s) => ({ h, page: tab } = s));
  before(async () => {
    await typeInto(tab, X.editor, BARE_LINK);
    await chipState(tab, { level: 'blind' });
  });

  it('off in the options page removes the chip from the open tab, without a reload', async () => {
    const options = await openOptions(h);
    const toggle = options.locator('tr[data-site="x"]').getByRole('switch', { name: 'Second Thought on X' });
    await toggle.click();
    await options.waitForSelector('tr[data-site="x"] [role=switch][aria-checked=false]');
    await chip(tab).waitFor({ state: 'detached' });
    assert.equal(await tab.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]').textContent), BARE_LINK, 'the draft is untouched');
    await options.close();
  });

  it('focusing the composer while off adds nothing', async () => {
    await tab.evaluate(() => document.activeElement?.blur());
    await tab.locator(X.editor).click();
    await tab.keyboard.type(' more');
    await settle(tab);
    assert.equal(await tab.locator('[data-second-thought]').count(), 0);
  });

  it('on again brings the chip back on the next focus', async () => {
    const options = await openOptions(h);
    await options.locator('tr[data-site="x"]').getByRole('switch').click();
    await options.waitForSelector('tr[data-site="x"] [role=switch][aria-checked=true]');
    await options.close();
    await tab.bringToFront();
    await tab.evaluate(() => document.activeElement?.blur());
    await tab.locator(X.editor).click();
    const state = await chipState(tab, { level: 'blind' });
    assert.ok(state.score < 40, `the existing draft scored ${state.score}`);
  });
});

/**
 * Headless Chromium cannot answer the host-permission prompt (chrome.permissions.request never
 * settles), and neither context.grantPermissions nor a launch switch grants extension host
 * permissions. So this launch loads a copy of dist/ whose manifest already holds the instance's
 * host permission: the state right after a person clicked "Allow". permissions.request then
 * resolves true at once (Chromium skips the prompt for permissions already held) and the options
 * page, the worker and the content-script registration all run their real code.
 */
function launchHolding(origin, fixture) {
  return launch({
    origins: { [origin]: fixture },
    editDist(dir) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      manifest.host_permissions.push(`${origin}/*`);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    },
  });
}

/** What the content script in `page`'s tab answers, or 'none' when no content script is there. */
async function contentScriptIn(h, page) {
  const probe = await h.extensionPage('popup/popup.html');
  const answer = await probe.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.tabs.sendMessage(tab.id, { type: 'health' }).then((r) => r.value, () => 'none');
  }, page.url());
  await probe.close();
  return answer;
}

describe('options: an added instance gets the chip on its next load, and loses it once removed', () => {
  let h;
  let options;
  before(async () => {
    h = await launchHolding(INSTANCE, 'mastodon');
    options = await openOptions(h);
  });
  after(async () => {
    await h.close(); // first: a failed check must not leave the browser holding the run open
    assert.deepEqual(h.problems, [], 'no errors in the pages');
  });

  const registered = () => h.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const openInstance = async () => {
    const page = await h.context.newPage();
    await page.goto(`${INSTANCE}/home`);
    await page.waitForFunction(() => document.readyState === 'complete' && window.__fixture);
    return page;
  };

  it('before it is added the instance gets no content script', async () => {
    assert.equal(await h.sw.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), INSTANCE), true, 'the host permission is held');
    const page = await openInstance();
    assert.equal(await contentScriptIn(h, page), 'none');
    await page.close();
  });

  it('Add in the options page saves it and registers the content script there', async () => {
    await options.getByTestId('instance-input').fill('mastodon.example');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.waitForFunction(() => /Added mastodon\.example/.test(document.querySelector('[data-testid=instance-message]')?.textContent));
    await options.waitForSelector(`tr[data-site="${INSTANCE}"]`);
    assert.deepEqual(await registered(), [`origin:${INSTANCE}`]);
  });

  it('the next load of the instance gets the chip', async () => {
    const page = await openInstance();
    await typeInto(page, drivers.mastodon.editor, BARE_LINK);
    const state = await chipState(page, { level: 'blind' });
    assert.ok(state.score < 40);
    assert.equal(await contentScriptIn(h, page), 'active');
    await page.close();
  });

  it('Remove in the options page unregisters it: the next load gets nothing', async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove mastodon.example' }).click();
    await options.waitForSelector(`tr[data-site="${INSTANCE}"]`, { state: 'detached' });
    assert.deepEqual(await registered(), []);
    const page = await openInstance();
    await typeInto(page, drivers.mastodon.editor, BARE_LINK);
    await settle(page);
    assert.equal(await contentScriptIn(h, page), 'none');
    assert.equal(await page.locator('[data-second-thought]').count(), 0);
    await page.close();
  });
});
