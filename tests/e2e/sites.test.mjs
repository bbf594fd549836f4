// One scenario, every site: the chip follows the draft, the blind reshare is stopped, each choice does
// exactly what it says, and a site that is off gets no DOM change at all.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { chipBeside, chipState, screenshot, skipInThisBrowser, typeInto } from './harness.mjs';
import { siteSession } from './session.mjs';
import { BARE_LINK, THOUGHT, startReshare } from './flows-steps.mjs';
import { drivers } from './drivers.mjs';
import { fixtures } from '../fixtures/catalog.mjs';

const ONLY = process.env.SITE ? process.env.SITE.split(',') : Object.keys(drivers);

const nudge = (page) => page.locator('[data-second-thought="nudge"]');
const count = (page, attr) => page.evaluate((a) => Number(document.documentElement.dataset[a] ?? 0), attr);



/** Where the site asks to confirm a reshare itself (Mastodon's "Boost post?"), the user confirms there. */
async function confirmOnSite(page, d) {
  if (d.siteConfirm) await page.locator(d.siteConfirm).click();
}

for (const id of ONLY) {
  const d = drivers[id];
  const fixture = d.fixture ?? id; // a driver may open a fixture with its own query (`path`)
  const site = fixtures[fixture].variantOf ?? fixture; // the extension's site id
  const skip = skipInThisBrowser(d);
  describe(`${id}: chip and nudge`, { skip }, () => {
    let h;
    let page;
    siteSession(fixture, (s) => ({ h, page } = s), { path: d.path });
    before(async () => {
      if (d.openComposer) await d.openComposer(page);
    });

    it('scores a bare link as blind and a reason with a question as thoughtful', async () => {
      await typeInto(page, d.editor, BARE_LINK);
      const blind = await chipState(page, { level: 'blind' });
      assert.ok(blind.score < 40, `bare link scored ${blind.score}`);
      await screenshot(page, `${id}-chip-blind-light`);
      await typeInto(page, d.editor, THOUGHT);
      const thoughtful = await chipState(page, { level: 'thoughtful' });
      assert.ok(thoughtful.score >= 60, `a real thought scored ${thoughtful.score}`);
      assert.ok(await chipBeside(page, d.postButton), 'the chip sits beside this composer’s own post button');
      await screenshot(page, `${id}-chip-thoughtful-light`);
    });

    it('posts exactly what the user typed', async () => {
      const before = await count(page, 'fxPosts');
      await page.locator(d.postButton).first().click();
      await page.waitForFunction((n) => Number(document.documentElement.dataset.fxPosts) > n, before);
      const posts = await page.evaluate(() => window.__fixture.posts.map((p) => p.text));
      assert.equal(posts.at(-1).trim(), THOUGHT);
    });

    it('stops a blind reshare and shares nothing on Escape', async () => {
      await startReshare(page, d);
      await nudge(page).waitFor();
      assert.equal(await count(page, 'fxReposts'), 0);
      const actions = await nudge(page).evaluate((host) => [...host.shadowRoot.querySelectorAll('[data-action]')].map((b) => b.dataset.action));
      for (const action of ['add-thought', 'share-anyway', 'mute-site']) assert.ok(actions.includes(action), `nudge offers ${action}`);
      const focused = await nudge(page).evaluate((host) => host.shadowRoot.activeElement?.dataset.action);
      assert.equal(focused, 'add-thought', 'focus moves into the prompt');
      await screenshot(page, `${id}-nudge-light`);
      await page.keyboard.press('Escape');
      await nudge(page).waitFor({ state: 'detached' });
      assert.equal(await count(page, 'fxReposts'), 0);
    });

    it('shares exactly once when Share anyway is clicked twice, fast', async () => {
      await startReshare(page, d, 1);
      await nudge(page).waitFor();
      const button = nudge(page).locator('[data-action="share-anyway"]');
      await button.evaluate((b) => {
        b.click();
        b.click();
      });
      await confirmOnSite(page, d);
      await page.waitForFunction(() => Number(document.documentElement.dataset.fxReposts) >= 1);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.equal(await count(page, 'fxReposts'), 1);
    });

    it('opens the quote composer on Add a thought, and scores the quote', async () => {
      await page.evaluate(() => window.__fixture.rerender?.());
      await startReshare(page, d, 2);
      await nudge(page).waitFor();
      await nudge(page).locator('[data-action="add-thought"]').click();
      if (!d.quoteEditor) {
        // No quote posts on this site version: the thought goes into the user's own composer.
        await page.waitForFunction((sel) => document.activeElement?.matches(sel), d.editor);
        assert.equal(await count(page, 'fxReposts'), 1, 'adding a thought reshared nothing blind');
        return;
      }
      await page.waitForFunction(() => Number(document.documentElement.dataset.fxQuotesOpened) >= 1);
      await typeInto(page, d.quoteEditor, 'So true 👇');
      const thin = await chipState(page, { level: 'blind' });
      assert.ok(thin.score < 40);
      await typeInto(page, d.quoteEditor, THOUGHT);
      await chipState(page, { level: 'thoughtful' });
      assert.ok(await chipBeside(page, d.quotePost), 'the quote composer’s chip sits beside its own post button');
      await page.locator(d.quotePost).first().click();
      await page.waitForFunction(() => window.__fixture.posts.some((p) => p.kind === 'quote'));
      assert.equal(await count(page, 'fxReposts'), 1, 'adding a thought reshared nothing blind');
    });

    it('still works after the page navigates and re-renders', async () => {
      await page.evaluate(() => window.__fixture.navigate?.('/elsewhere'));
      await startReshare(page, d, 3);
      await nudge(page).waitFor();
      await page.keyboard.press('Escape');
      await nudge(page).waitFor({ state: 'detached' });
    });

    it('changes nothing on a site that is off', async () => {
      await h.settings({ [site]: { mode: 'off' } });
      await page.waitForFunction(() => !document.querySelector('[data-second-thought]'));
      const fresh = await h.open(fixture, d.path);
      if (d.openComposer) await d.openComposer(fresh);
      await typeInto(fresh, d.editor, BARE_LINK);
      await fresh.locator(d.postButton).first().click();
      await fresh.waitForFunction(() => Number(document.documentElement.dataset.fxPosts) >= 1);
      const reposts = await count(fresh, 'fxReposts');
      await startReshare(fresh, d);
      await confirmOnSite(fresh, d);
      await fresh.waitForFunction((n) => Number(document.documentElement.dataset.fxReposts) > n, reposts);
      assert.equal(await fresh.locator('[data-second-thought]').count(), 0);
      await fresh.close();
    });
  });
}
