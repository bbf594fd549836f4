// Blind reshares that are not a menu's item: Shift-click on Mastodon's "Boost or quote" (it boosts
// at once, no menu), and a quote posted with nothing added (Bluesky lets it through; it is a
// repost in all but name). Both are held like any blind reshare, and each choice does what it says.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { typeInto, chipState } from './harness.mjs';
import { nudge, count, countAbove, settle, THOUGHT } from './flows-steps.mjs';

describe('Mastodon: Shift-click on Boost or quote', () => {
  let h;
  let page;
  siteSession('mastodon', (s) => ({ h, page } = s));

  it('is stopped before it boosts; Share anyway boosts exactly once, without a menu', async () => {
    await page.locator(drivers.mastodon.trigger).first().click({ modifiers: ['Shift'] });
    await nudge(page).waitFor();
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 0, 'nothing boosted yet');
    assert.equal(await count(page, 'fxMenusOpened'), 0, 'the click never reached the site');
    await nudge(page).locator('[data-action="share-anyway"]').click();
    assert.equal(await countAbove(page, 'fxReposts', 0), 1);
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 1, 'one boost, not two');
    assert.equal(await count(page, 'fxMenusOpened'), 0, 'the replay kept the Shift: no menu');
  });
});

describe('Bluesky: a quote with nothing added', () => {
  const d = drivers.bluesky;
  const quoted = () => page.evaluate(() => window.__fixture.posts.filter((p) => p.kind === 'quote').map((p) => p.text));
  let h;
  let page;
  siteSession('bluesky', (s) => ({ h, page } = s));

  async function emptyQuote(post) {
    await page.locator(d.trigger).nth(post).click();
    await page.locator('[role="menu"] [data-testid="repostDropdownQuoteBtn"]').click();
    await page.locator(d.quotePost).waitFor();
    await page.locator(d.quotePost).click();
  }

  it('is held at Post; Add a thought returns to the editor, and the quote goes out with the thought', async () => {
    await emptyQuote(0);
    await nudge(page).waitFor();
    assert.deepEqual(await quoted(), [], 'nothing was posted');
    await nudge(page).locator('[data-action="add-thought"]').click();
    await page.waitForFunction((sel) => document.activeElement?.closest(sel), d.quoteEditor);
    await page.keyboard.type(THOUGHT);
    await chipState(page, { level: 'thoughtful' });
    await page.locator(d.quotePost).click();
    await page.waitForFunction(() => window.__fixture.posts.some((p) => p.kind === 'quote'));
    assert.deepEqual(await quoted(), [THOUGHT]);
  });

  it('Share anyway posts the empty quote exactly once', async () => {
    await emptyQuote(1);
    await nudge(page).waitFor();
    await nudge(page).locator('[data-action="share-anyway"]').evaluate((b) => {
      b.click();
      b.click();
    });
    await page.waitForFunction(() => window.__fixture.posts.filter((p) => p.kind === 'quote').length === 2);
    await settle(page);
    assert.deepEqual(await quoted(), [THOUGHT, '']);
  });
});
