// The chip pairs each editor with its own post button, however deep the real page nests them, and
// never with another composer's button or X's big "Post" in the navigation. When the site renames
// its post button, the chip still shows (beside the editor), the popup names the missing part, and
// the diagnostic a user can copy carries no text. A page with no composer open is not a fault.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { chipBeside, chipState, typeInto } from './harness.mjs';
import { controlPage, healthOf, send } from '../fixtures/hostile/probe.mjs';
import { THOUGHT } from './flows-steps.mjs';

const X = drivers.x;
const NAV_POST = 'header[role="banner"] [data-testid="SideNav_NewTweet_Button"]';

/** Where the shown chip sits: in the navigation banner, in a dialog, or in the main column. */
const chipPlace = (page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-second-thought="chip"]:not([hidden])')].map((chip) =>
    chip.closest('header[role="banner"]') ? 'banner' : chip.closest('[role="dialog"]') ? 'dialog' : chip.closest('main') ? 'main' : 'elsewhere'));

describe('pairing on X: the composer’s own post button, never the navigation’s', () => {
  let h;
  let page;
  let control;
  siteSession('x', (s) => ({ h, page } = s));
  before(async () => {
    control = await controlPage(h);
  });

  it('has the real shape: the nearest ancestor holding editor and button is far above the editor', async () => {
    const depth = await page.evaluate(([editor, button]) => {
      const e = document.querySelector(editor);
      let n = e;
      let up = 0;
      while (n && !n.contains(document.querySelector(button))) (n = n.parentElement), up++;
      return up;
    }, [X.editor, X.postButton]);
    assert.ok(depth >= 15, `the home composer's button is ${depth} levels up (real X: ~21)`);
    assert.equal(await page.locator(NAV_POST).count(), 1, 'the navigation has its own "Post"');
  });

  it('puts the home composer’s chip beside tweetButtonInline, in the main column', async () => {
    await typeInto(page, X.editor, THOUGHT);
    await chipState(page, { level: 'thoughtful' });
    assert.ok(await chipBeside(page, X.postButton));
    assert.deepEqual(await chipPlace(page), ['main']);
    assert.equal((await healthOf(control, page.url())).health, 'active');
  });

  it('pairs the compose dialog’s editor with the dialog’s button while the home composer stays paired with its own', async () => {
    await page.locator(NAV_POST).click();
    await page.locator(X.quoteEditor).waitFor();
    await typeInto(page, X.quoteEditor, THOUGHT);
    await page.waitForFunction(() => document.querySelectorAll('[data-second-thought="chip"]:not([hidden])').length === 2);
    assert.ok(await chipBeside(page, X.quotePost), 'the dialog’s chip is beside the dialog’s Post');
    assert.ok(await chipBeside(page, X.postButton), 'the home chip is still beside its own button');
    assert.deepEqual((await chipPlace(page)).sort(), ['dialog', 'main']);
  });

  it('when X renames its post button, the chip moves beside the editor, never to the navigation', async () => {
    // A new view (it closes the dialog) with a fresh composer, not yet paired.
    await page.evaluate(() => window.__fixture.navigate('/renamed'));
    // As if X shipped a redesign: the button keeps its place but loses its test id and its text.
    await page.evaluate((sel) => {
      const button = document.querySelector(sel);
      button.removeAttribute('data-testid');
      for (const span of button.querySelectorAll('span')) if (span.childElementCount === 0) span.textContent = 'Send';
    }, X.postButton);
    await typeInto(page, X.editor, THOUGHT);
    await chipState(page, { level: 'thoughtful' });
    assert.deepEqual(await chipPlace(page), ['main'], 'not in the navigation');
    const after = await page.evaluate((sel) => document.querySelector('[data-second-thought="chip"]:not([hidden])').previousElementSibling?.matches(sel), X.editor);
    assert.ok(after, 'right after the editor');
    assert.equal((await healthOf(control, page.url())).health, 'post button not found');
    const { tabId } = await healthOf(control, page.url());
    const report = (await send(control, { type: 'diagnostic', tabId })).value;
    assert.equal(report.health, 'post button not found');
    assert.equal(report.postButton, null);
    assert.ok(report.composerBoundary, 'the diagnostic says where the search for a button stopped');
    const text = JSON.stringify(report);
    for (const words of ['I tried this', 'Send', 'Home / X', page.url()]) assert.ok(!text.includes(words), `the diagnostic holds no "${words}"`);
  });
});

describe('health: a page with no composer open is no fault', () => {
  let h;
  let page;
  siteSession('bluesky', (s) => ({ h, page } = s));

  it('Bluesky’s home page (its composer is a dialog, closed) is active', async () => {
    const control = await controlPage(h);
    assert.equal(await page.locator(drivers.bluesky.editor).count(), 0, 'no composer open');
    assert.equal((await healthOf(control, page.url())).health, 'active');
  });
});
