// Pages that are hard on extensions: a DOM rewritten tens of thousands of times a second, a page
// that replaces the DOM APIs with throwing versions, a composer torn out while the chip shows, and
// a virtualized timeline that hands one node to many posts. The extension must keep working and
// cost the page almost nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chipState, typeInto } from './harness.mjs';
import { hostileSession } from './hostile-session.mjs';
import { openHostile } from '../fixtures/hostile/serve.mjs';
import { extensionWorld, profileScripts, census } from '../fixtures/hostile/probe.mjs';

const THOUGHT = 'I tried this at work last week because our builds took 40 minutes, and it cut them to 12. Would it help your team too?';
const EDITOR = '[data-testid="tweetTextarea_0"][contenteditable="true"]';
const X_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
const chip = (page, level) => page.locator(`[data-second-thought="chip"]${level ? `[data-level="${level}"]` : ''}`);
const nudge = (page) => page.locator('[data-second-thought="nudge"]');
const attr = (page, name) => page.locator('html').getAttribute(name);

let h;
const session = hostileSession(async (s) => {
  h = s.h;
});
const watch = (page) => session.watch(page);


/** Blind reshare through the nudge's Share anyway; resolves once the page counted the repost. */
async function shareAnyway(page, trigger, confirm, reposts) {
  await trigger.click();
  await page.locator(confirm).filter({ visible: true }).first().click();
  await nudge(page).waitFor();
  await nudge(page).locator('[data-action="share-anyway"]').click();
  await page.locator(`html[data-${reposts}="1"]`).waitFor({ state: 'attached' });
}

describe('a page that rewrites its DOM thousands of times a second', () => {
  it('costs under 5% of the page’s own script time while the chip shows, and still scores and nudges', async () => {
    const page = await openHostile(h, 'churn', '?posts=30');
    const w = await watch(page);
    await typeInto(page, EDITOR, 'https://example.com/story');
    await chip(page, 'blind').waitFor();

    // The window is a number of page mutations, not a duration: 200,000 of them.
    const from = await page.evaluate(() => window.__churn.mutations);
    const started = Date.now();
    const idle = await profileScripts(w.cdp, () => page.waitForFunction((n) => window.__churn.mutations > n, from + 200_000, { timeout: 20_000 }));
    const rate = ((await page.evaluate(() => window.__churn.mutations)) - from) / ((Date.now() - started) / 1000);
    assert.ok(rate > 5000, `the page really churns: ${Math.round(rate)} mutations/s`);
    assert.ok(idle.page > 50, `the profile saw the page's own work (${idle.page.toFixed(0)} ms)`);
    assert.ok(idle.extension < 0.05 * idle.page, `extension ${idle.extension.toFixed(1)} ms vs page ${idle.page.toFixed(1)} ms`);

    // Typing while it churns: the chip follows, at a small cost per keystroke.
    const typing = await profileScripts(w.cdp, async () => {
      await typeInto(page, EDITOR, THOUGHT);
      await chip(page, 'thoughtful').waitFor();
    });
    const perKey = typing.extension / THOUGHT.length;
    assert.ok(perKey < 3, `${perKey.toFixed(2)} ms of extension script per keystroke`);
    console.log(`churn: ${Math.round(rate)} mutations/s; idle extension ${idle.extension.toFixed(1)} ms vs page ${idle.page.toFixed(1)} ms; typing ${perKey.toFixed(2)} ms/key`);

    await shareAnyway(page, page.locator('[data-testid="retweet"]').first(), '[data-testid="retweetConfirm"]', 'reposts');
    await page.evaluate(() => (window.__churn.running = false));
    await page.close();
  });
});

describe('a page that booby-traps the DOM and JS APIs', () => {
  it('cannot reach the isolated world: chip, nudge and reshare all work', async () => {
    const page = await openHostile(h, 'traps');
    await watch(page);
    const sprung = await page.evaluate(() => {
      try {
        document.querySelector('body');
        return 'not trapped';
      } catch (error) {
        return error.message;
      }
    });
    assert.equal(sprung, 'trap: Document.querySelector', 'the traps are live in the page');

    await typeInto(page, EDITOR, 'https://example.com/story');
    await chip(page, 'blind').waitFor();
    await typeInto(page, EDITOR, THOUGHT);
    await chip(page, 'thoughtful').waitFor();
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await page.locator('html[data-posts="1"]').waitFor({ state: 'attached' });
    await shareAnyway(page, page.locator('[data-testid="retweet"]').first(), '[data-testid="retweetConfirm"]', 'reposts');
    // Only the evaluate above touched a trap: nothing Second Thought did ran through the page's copies.
    assert.equal(await attr(page, 'data-trapped'), '1');
    await page.close();
  });
});

describe('the X fixture', () => {
  it('drops the chip with the composer, mid-keystroke, and attaches to the next one', async () => {
    const page = await h.open('x');
    const w = await watch(page);
    await typeInto(page, X_EDITOR, 'https://example.com/story');
    await chipState(page, { level: 'blind' });
    // A keystroke whose re-score is still pending when the composer goes.
    await page.keyboard.type(' and');
    await page.evaluate(() => window.__fixture.removeComposer());
    await page.waitForFunction(() => !document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'));
    assert.equal(await chip(page).count(), 0, 'no chip left behind');
    await page.evaluate(() => window.__fixture.openCompose());
    await typeInto(page, '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]', THOUGHT);
    await chipState(page, { level: 'thoughtful' });
    const held = await census(w, await extensionWorld(w));
    assert.ok(held.observers <= 1, `observers held: ${held.observers}`);
    await page.close();
  });

  it('reshares the post a recycled timeline node shows now, not the one it showed before', async () => {
    const page = await h.open('x', '?posts=200');
    await watch(page);
    const first = await page.evaluate(() => {
      window.__cell = document.querySelector('[data-testid="cellInnerDiv"]');
      return window.__cell.querySelector('[data-testid="tweetText"]').textContent;
    });
    // Scroll until the virtualizer hands that very node to another post.
    let now = first;
    for (let y = 1500; now === first && y < 40_000; y += 1500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      now = await page
        .waitForFunction((was) => {
          const text = window.__cell.isConnected && window.__cell.querySelector('[data-testid="tweetText"]')?.textContent;
          return text && text !== was ? text : null;
        }, first, { timeout: 1000 })
        .then((v) => v.jsonValue(), () => first);
    }
    assert.notEqual(now, first, 'the timeline recycled the node');
    const button = await page.evaluateHandle(() => window.__cell.querySelector('[data-testid="retweet"]'));
    await button.click();
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await nudge(page).waitFor();
    const gap = await page.evaluate(() => {
      const anchor = window.__cell.querySelector('[data-testid="retweet"]').getBoundingClientRect();
      const box = document.querySelector('[data-second-thought="nudge"]').getBoundingClientRect();
      return Math.min(Math.abs(box.top - anchor.bottom), Math.abs(anchor.top - box.bottom));
    });
    assert.ok(gap < 40, `the nudge sits at the recycled node's button (${gap}px away)`);
    await nudge(page).locator('[data-action="share-anyway"]').click();
    await page.waitForFunction(() => Number(document.documentElement.dataset.fxReposts) === 1);
    const reposted = await page.evaluate(() => window.__cell.querySelector('[data-testid="unretweet"]') !== null);
    assert.ok(reposted, 'the post the node shows now is the one reposted');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction((text) => [...document.querySelectorAll('article')].some((a) => a.textContent.includes(text)), first);
    const firstReposted = await page.evaluate((text) => [...document.querySelectorAll('article')].find((a) => a.textContent.includes(text)).querySelector('[data-testid="unretweet"]') !== null, first);
    assert.equal(firstReposted, false, 'the post the node showed before is untouched');
    await page.close();
  });
});
