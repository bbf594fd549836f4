// Keyboard users meet the same prompt as mouse users: a blind reshare started with Enter on a menu
// item (X's fires on keyup, like React Native Web; Bluesky's is a Radix menu that traps focus) or
// with Mastodon's `b` hotkey (keydown in 4.5, keypress in 4.4) is stopped; focus moves into the
// prompt and stays there; Escape shares nothing; Share anyway shares exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { nudge, nudgeState, count, countAbove, settle, closeNudge } from './flows-steps.mjs';

// Where focus goes when the prompt closes: back to the reshare button, or (Bluesky: its Radix menu
// keeps focus inside while open) back into the site's menu.
const MENUS = {
  x: { ...drivers.x, returnsTo: '[data-testid="retweet"]' },
  bluesky: { ...drivers.bluesky, returnsTo: '[data-testid="repostBtn"], [role="menu"] [role="menuitem"]' },
};

/** Tab presses from the focused button: the actions focus lands on, in order. */
async function tabCycle(page, presses, key = 'Tab') {
  const seen = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    seen.push(
      await nudge(page).evaluate((host) => (document.activeElement === host ? host.shadowRoot.activeElement?.dataset.action ?? 'inside, not a button' : 'left the prompt')),
    );
  }
  return seen;
}

/** Focuses the reshare button, opens its menu with Enter, and waits for the blind item to take focus. */
async function openMenuByKeyboard(page, m, post) {
  await page.locator(m.trigger).nth(post).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((sel) => document.activeElement?.matches(sel), m.confirm);
}

for (const [site, m] of Object.entries(MENUS)) describe(`keyboard: ${site} menu item, Enter`, () => {
  let h;
  let page;
  siteSession(site, (s) => ({ h, page } = s));

  it('stops the reshare, puts focus in the prompt, keeps Tab inside it, and Escape shares nothing', async () => {
    await openMenuByKeyboard(page, m, 0);
    await page.keyboard.press('Enter');
    await nudge(page).waitFor();
    const state = await nudgeState(page);
    assert.equal(state.intercept, 'true');
    assert.equal(state.focused, 'add-thought', 'focus moves to the first choice');
    await settle(page); // the Enter keyup has reached the menu item by now
    assert.equal(await count(page, 'fxReposts'), 0, 'neither the keydown nor the keyup reshared');

    const n = state.actions.length;
    const forward = [...state.actions.slice(1), state.actions[0]];
    assert.deepEqual(await tabCycle(page, n), forward, 'Tab visits every choice and wraps to the first');
    const backward = [...state.actions].reverse();
    assert.deepEqual(await tabCycle(page, n, 'Shift+Tab'), backward, 'Shift+Tab goes round the other way');

    await closeNudge(page);
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 0, 'Escape shared nothing');
    assert.ok(await page.evaluate((sel) => document.activeElement?.matches(sel), m.returnsTo), 'focus returns to the reshare control');
  });

  it('Share anyway, chosen with the keyboard, reshares exactly once', async () => {
    // The menu is still open under the closed prompt (Escape went to the prompt, not to the site).
    await page.locator(m.confirm).focus();
    await page.keyboard.press('Enter');
    await nudge(page).waitFor();
    const { actions } = await nudgeState(page);
    for (let i = 0; i < actions.indexOf('share-anyway'); i++) await page.keyboard.press('Tab');
    assert.equal((await nudgeState(page)).focused, 'share-anyway');
    await page.keyboard.press('Enter');
    await nudge(page).waitFor({ state: 'detached' });
    assert.equal(await countAbove(page, 'fxReposts', 0), 1);
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 1, 'one reshare, not two');
  });
});

for (const fixture of ['mastodon', 'mastodon-v44']) describe(`keyboard: ${fixture} b hotkey`, () => {
  let h;
  let page;
  siteSession(fixture, (s) => ({ h, page } = s));

  it('b on a focused status is stopped; Share anyway then boosts exactly once', async () => {
    const status = page.locator('.status__wrapper[tabindex="0"]').first();
    await status.focus();
    await page.keyboard.press('b');
    await nudge(page).waitFor();
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 0, 'the hotkey did not boost');
    assert.equal((await nudgeState(page)).focused, 'add-thought', 'focus moves into the prompt');

    await nudge(page).locator('[data-action="share-anyway"]').click();
    assert.equal(await countAbove(page, 'fxReposts', 0), 1);
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 1, 'one boost, not two');
    // Mastodon marks a boosted status by its boost button's `active` class.
    const boosted = await page.locator('article[data-id] .status__action-bar > .status__action-bar__button-wrapper:nth-child(2) > button.active').count();
    assert.equal(boosted, 1, 'the focused status is the one boosted');
  });

  it('b while typing in the composer is text, not a boost', async () => {
    const before = await count(page, 'fxReposts');
    await page.locator(drivers.mastodon.editor).click();
    await page.keyboard.type('bbb');
    await page.waitForFunction((sel) => document.querySelector(sel)?.value.endsWith('bbb'), drivers.mastodon.editor);
    await settle(page);
    assert.equal(await nudge(page).count(), 0);
    assert.equal(await count(page, 'fxReposts'), before);
  });

  it('Escape on the prompt started by b shares nothing', async () => {
    const status = page.locator('.status__wrapper[tabindex="0"]').nth(1);
    await status.focus();
    await page.keyboard.press('b');
    await nudge(page).waitFor();
    await closeNudge(page);
    await settle(page);
    assert.equal(await count(page, 'fxReposts'), 1, 'still only the earlier boost');
  });
});
