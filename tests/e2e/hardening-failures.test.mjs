// The page always wins: when the site's markup no longer matches, when scoring is unavailable, or
// when the extension is updated under an open tab, the page keeps working exactly as without
// Second Thought, nothing is thrown into it, and the popup says what is wrong.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { typeInto, chipState } from './harness.mjs';
import { hostileSession } from './hostile-session.mjs';
import { openHostile, hostileUrl } from '../fixtures/hostile/serve.mjs';
import { extensionWorld, controlPage, healthOf } from '../fixtures/hostile/probe.mjs';

const THOUGHT = 'I tried this at work last week because our builds took 40 minutes, and it cut them to 12. Would it help your team too?';
const EDITOR = '[data-testid="tweetTextarea_0"][contenteditable="true"]';

let h;
let control;
const session = hostileSession(async (s) => {
  h = s.h;
  control = await controlPage(h);
});
const watch = (page) => session.watch(page);


/** The health line the popup shows for `url`, as the user sees it. */
async function popupHealth(url) {
  const { tabId } = await healthOf(control, url);
  const popup = await h.extensionPage(`popup/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  const line = popup.locator('.health');
  await line.waitFor();
  const result = { key: await line.getAttribute('data-health'), text: await line.innerText() };
  await popup.close();
  return result;
}

describe('markup that no longer matches the site table', () => {
  it('leaves the page exactly as it was while the user works in it', async () => {
    const page = await openHostile(h, 'plain');
    await watch(page);
    // Every mutation outside what the user types into the editor: there must be none.
    await page.evaluate(() => {
      window.__foreign = [];
      const editor = document.querySelector('.editor');
      new MutationObserver((records) => {
        for (const r of records) if (!editor.contains(r.target)) window.__foreign.push(`${r.type} on ${r.target.nodeName}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      window.__before = document.documentElement.outerHTML;
    });
    await typeInto(page, '.editor', 'https://example.com/story');
    await typeInto(page, '.reply-box', THOUGHT);
    await page.locator('.send').click();
    await page.locator('.boost').click();
    await page.locator('[data-testid="boostConfirm"]').click();
    await page.locator('[data-testid="quoteV2"]').focus();
    for (const key of ['Enter', ' ', 'r', 't', 'q', 'Escape']) await page.keyboard.press(key);
    await page.locator('.card').click();

    const after = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true);
      clone.querySelector('.editor').replaceChildren();
      return { foreign: window.__foreign, same: clone.outerHTML === window.__before, seen: window.__hostile };
    });
    assert.deepEqual(after.foreign, [], 'no DOM change besides the user’s own typing');
    assert.ok(after.same, 'the page’s markup is unchanged');
    assert.equal(await page.locator('[data-second-thought]').count(), 0);
    assert.deepEqual({ shares: after.seen.shares, posts: after.seen.posts }, { shares: 1, posts: 1 }, 'the page saw every click');
    // Each typeInto is Control, a, Backspace and the text; then the six keys pressed on the menu item.
    assert.equal(after.seen.keys, THOUGHT.length + 'https://example.com/story'.length + 2 * 3 + 6, 'the page saw every key');

    assert.equal((await healthOf(control, hostileUrl('plain'))).health, 'nothing recognised');
    const shown = await popupHealth(hostileUrl('plain'));
    assert.equal(shown.key, 'nothing recognised');
    assert.ok(shown.text.length > 0, 'the popup explains it in words');
    await page.close();
  });
});

// One part of the site table at a time stops matching, as when a site renames one control: the
// popup names that part, and what still matches keeps working.
describe('one part of the page no longer matches', () => {
  const url = hostileUrl('churn', '?posts=3');
  let page;
  beforeEach(async () => {
    page = await openHostile(h, 'churn', '?posts=3');
    await watch(page);
    await page.evaluate(() => (window.__churn.running = false));
  });
  afterEach(() => page.close());

  const renamePostButton = () =>
    page.evaluate(() => {
      const button = document.querySelector('[data-testid="tweetButtonInline"]');
      button.dataset.testid = 'sendButton';
      button.textContent = 'Send';
    });

  it('the composer’s post button: the chip goes beside the editor, the popup says what is missing', async () => {
    await renamePostButton();
    await typeInto(page, EDITOR, THOUGHT);
    await chipState(page, { level: 'thoughtful' });
    const beside = await page.evaluate(() => document.querySelector('[data-second-thought="chip"]').previousElementSibling?.dataset.testid);
    assert.equal(beside, 'tweetTextarea_0', 'the chip follows the editor');
    assert.equal((await healthOf(control, url)).health, 'post button not found');
    assert.equal((await popupHealth(url)).key, 'post button not found');
  });

  it('the editor: typing next to a post button in a box the table does not know is named', async () => {
    await page.evaluate(() => {
      const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
      editor.dataset.testid = 'composerBody';
      editor.setAttribute('aria-label', 'Compose');
    });
    assert.equal((await healthOf(control, url)).health, 'active', 'no composer in use is no fault');
    await typeInto(page, '[data-testid="composerBody"]', THOUGHT);
    assert.equal((await healthOf(control, url)).health, 'editor not found');
    assert.equal(await page.locator('[data-second-thought]').count(), 0);
  });

  it('the reshare control: posts are found, their reshare buttons are not', async () => {
    await page.evaluate(() => {
      for (const button of document.querySelectorAll('[data-testid="retweet"]')) {
        button.dataset.testid = 'shareMenu';
        button.setAttribute('aria-label', 'Share');
      }
    });
    assert.equal((await healthOf(control, url)).health, 'reshare control not found');
  });

  it('offers a diagnostic in the popup that copies what the page matched', async () => {
    await renamePostButton();
    const { tabId } = await healthOf(control, url);
    const popup = await h.extensionPage(`popup/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await popup.locator('[data-key="copy-diagnostic"]').click();
    await popup.locator('.status', { hasText: /\S/ }).waitFor();
    // Read back from the browser's clipboard in a page allowed to (an extension origin cannot be granted it).
    await h.context.grantPermissions(['clipboard-read'], { origin: 'https://x.com' });
    await page.bringToFront();
    const report = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(report.site, 'x');
    assert.equal(report.origin, 'https://x.com');
    assert.equal(report.health, 'post button not found');
    assert.deepEqual(report.selectors['composer.postButton'].map(([, n]) => n), [0, 0], 'each selector with what it matched');
    assert.ok(report.selectors['reshare.trigger'][0][1] === 3, 'the three posts’ reshare buttons');
    assert.match(report.composer[0], /^div\[role=textbox\]\[data-testid=tweetTextarea_0\]\[contenteditable=true\]/);
    assert.ok(report.composer.at(-1) === 'html' && report.reshare.some((line) => line.startsWith('article[role=article]')));
    await popup.close();
  });
});

describe('scoring unavailable', () => {
  const url = hostileUrl('churn', '?posts=3&csp=strict');

  /** Makes the background unreachable for scores only, as when the worker dies mid-request. */
  async function breakScoring(w) {
    const { result } = await w.cdp.send('Runtime.evaluate', {
      contextId: await extensionWorld(w),
      returnByValue: true,
      expression: `(() => {
        const send = chrome.runtime.sendMessage.bind(chrome.runtime);
        chrome.runtime.sendMessage = (m, ...rest) => m?.type === 'score'
          ? Promise.reject(new Error('The message port closed before a response was received.'))
          : send(m, ...rest);
        return 'broken';
      })()`,
    });
    assert.equal(result.value, 'broken');
  }

  it('scores through the background when the page forbids wasm', async () => {
    const page = await openHostile(h, 'churn', '?posts=3&csp=strict');
    await watch(page);
    await page.evaluate(() => (window.__churn.running = false));
    await typeInto(page, EDITOR, THOUGHT);
    await page.locator('[data-second-thought="chip"][data-level="thoughtful"]').waitFor();
    assert.equal((await healthOf(control, url)).health, 'active');
    await page.close();
  });

  /** Waits until the content script reports `want` (it does once a re-score has failed). */
  async function healthBecomes(want) {
    for (let health = null; health !== want; ) {
      health = (await healthOf(control, url)).health;
      if (health !== want) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('shows no chip, keeps posting and nudging, and the popup says scoring is unavailable', async () => {
    const page = await openHostile(h, 'churn', '?posts=3&csp=strict');
    const w = await watch(page);
    await page.evaluate(() => (window.__churn.running = false));
    await breakScoring(w);
    await typeInto(page, EDITOR, 'https://example.com/story');
    await healthBecomes('scoring unavailable');
    assert.equal(await page.locator('[data-second-thought="chip"][data-level]').count(), 0, 'no level is claimed');
    assert.equal((await popupHealth(url)).key, 'scoring unavailable');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await page.locator('html[data-posts="1"]').waitFor({ state: 'attached' });
    await page.locator('[data-testid="retweet"]').first().click();
    await page.locator('[data-testid="retweetConfirm"]').click();
    await page.locator('[data-second-thought="nudge"] [data-action="share-anyway"]').click();
    await page.locator('html[data-reposts="1"]').waitFor({ state: 'attached' });
    await page.close();
  });

  it('never leaves a stale level on the chip once scoring fails', async () => {
    const page = await openHostile(h, 'churn', '?posts=3&csp=strict');
    const w = await watch(page);
    await page.evaluate(() => (window.__churn.running = false));
    await typeInto(page, EDITOR, THOUGHT);
    await page.locator('[data-second-thought="chip"][data-level="thoughtful"]').waitFor();
    await breakScoring(w);
    await typeInto(page, EDITOR, 'https://example.com/story');
    await healthBecomes('scoring unavailable');
    // The health probe can answer before the debounced rescore runs: wait for the rescore, which
    // must take the old level off screen (a stale "thoughtful" here times out and fails).
    await page.waitForFunction(() => !document.querySelector('[data-second-thought="chip"]:not([hidden])[data-level="thoughtful"]'), null, { timeout: 5000 });
    await page.close();
  });
});

describe('an extension update under open tabs', () => {
  it('leaves the orphaned content script harmless: every reshare and post goes through once', async () => {
    const pages = [await h.open('x'), await openHostile(h, 'churn', '?posts=3&csp=strict')];
    const worlds = [];
    for (const page of pages) worlds.push(await watch(page));
    await pages[1].evaluate(() => (window.__churn.running = false));
    for (const page of pages) {
      await typeInto(page, EDITOR, THOUGHT);
      await page.locator('[data-second-thought="chip"][data-level="thoughtful"]').waitFor();
    }
    // What Chromium does on an update: the worker restarts, old content scripts lose the runtime.
    await h.sw.evaluate(() => chrome.runtime.reload()).catch(() => {});
    for (const w of worlds) {
      const world = await extensionWorld(w);
      await w.cdp.send('Runtime.evaluate', { contextId: world, awaitPromise: true, expression: 'new Promise((r) => { const t = () => (chrome.runtime?.id ? setTimeout(t, 20) : r()); t(); })' });
    }
    for (const page of pages) {
      const reposts = page.url().includes('hostile') ? 'html[data-reposts="1"]' : 'html[data-fx-reposts="1"]';
      await page.locator('[data-testid="retweet"]').first().click();
      await page.locator('[data-testid="retweetConfirm"]').click();
      await page.locator(reposts).waitFor({ state: 'attached' });
      assert.equal(await page.locator('[data-second-thought="nudge"]').count(), 0, 'no prompt the extension can no longer answer');
      await typeInto(page, EDITOR, 'still my page');
      await page.locator('[data-testid="tweetButtonInline"]').click();
    }
    await pages[0].waitForFunction(() => window.__fixture.posts.at(-1)?.text === 'still my page');
    await pages[1].locator('html[data-posts="1"]').waitFor({ state: 'attached' });
    assert.equal(await pages[0].evaluate(() => window.__fixture.reposts), 1, 'the blind reshare happened exactly once');
  });
});
