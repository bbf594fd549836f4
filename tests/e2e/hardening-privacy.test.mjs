// Never leak a draft: while a user composes, posts, quotes, reshares and opens the popup and options,
// nothing leaves the browser but the page loads the test itself makes, and no storage the extension
// (or the page, through it) can write holds the draft, the posts' links or the people in the feed.
// Run twice: with wasm in the page, and with a page CSP that sends drafts to the worker to score.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, chipState, typeInto } from './harness.mjs';
import { drivers } from './drivers.mjs';
import { controlPage, dumpExtensionStorage, healthOf, send } from '../fixtures/hostile/probe.mjs';

const d = drivers.x;
const nudge = (page) => page.locator('[data-second-thought="nudge"]');


async function reshare(page, post, action) {
  await page.locator(d.trigger).nth(post).click();
  await page.locator(d.confirm).click();
  await nudge(page).waitFor();
  await nudge(page).locator(`[data-action="${action}"]`).click();
}

/** Records every request of every page and of the service worker, and every WebSocket. */
function recordNetwork(context) {
  const seen = [];
  context.on('request', (r) => {
    const sw = Boolean(r.serviceWorker());
    let frame = null;
    try {
      frame = sw ? null : r.frame().url();
    } catch {
      // Requests of other workers have no frame; they count as unexpected below.
    }
    seen.push({ url: r.url(), type: r.resourceType(), sw, frame });
  });
  const socket = (page) => page.on('websocket', (ws) => seen.push({ url: ws.url(), type: 'websocket', sw: false, frame: page.url() }));
  context.pages().forEach(socket);
  context.on('page', socket);
  return seen;
}

/**
 * A request the test itself caused: a fixture page's own document and assets, or the extension's
 * files (at its id, or at the per-session dynamic id its web-accessible scorer is loaded from).
 */
function expected(request, extensionIds) {
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') return extensionIds.includes(url.host);
  if (request.sw || !request.frame || url.origin !== 'https://x.com') return false;
  // A page's document request is made while its frame is still about:blank.
  if (request.type === 'document') return true;
  return new URL(request.frame).origin === url.origin && (url.pathname.startsWith('/__fixture/') || url.pathname === '/favicon.ico');
}

for (const csp of [undefined, "script-src 'self'"]) {
  describe(`privacy, ${csp ? 'drafts scored by the worker (page forbids wasm)' : 'drafts scored in the page'}`, () => {
    let h;
    let network;
    const marker = `Quokka${Math.random().toString(36).slice(2, 10)}Marker`;
    const draft = `My ${marker} note: our builds took 40 minutes because of the cache, now 12. Would it help your team?`;
    before(async () => {
      h = await launch({ csp });
      network = recordNetwork(h.context);
      await h.settings();
    });
    after(async () => {
      await h.close();
      assert.deepEqual(h.problems, [], 'no errors in the pages or the extension');
    });

    it('composes, posts, quotes, reshares and opens the popup and options', async () => {
      const page = await h.open('x');
      await typeInto(page, d.editor, draft);
      await chipState(page, { level: 'thoughtful' });
      await page.locator(d.postButton).click();
      await page.waitForFunction(() => Number(document.documentElement.dataset.fxPosts) === 1);

      await reshare(page, 0, 'add-thought');
      await typeInto(page, d.quoteEditor, `Quoting with ${marker}: I think the cache was the cause, because our builds took 40 minutes until we fixed it. Did yours?`);
      await chipState(page, { level: 'thoughtful' });
      await page.locator(d.quotePost).click();
      await page.waitForFunction(() => window.__fixture.posts.some((p) => p.kind === 'quote'));
      await reshare(page, 1, 'share-anyway');
      await page.waitForFunction(() => Number(document.documentElement.dataset.fxReposts) === 1);

      const control = await controlPage(h);
      assert.equal((await healthOf(control, page.url())).health, 'active');
      const popup = await h.extensionPage(`popup/popup.html?url=${encodeURIComponent(page.url())}`);
      await popup.waitForFunction(() => document.documentElement.dataset.rendered);
      const options = await h.extensionPage('options/options.html');
      await options.waitForFunction(() => document.documentElement.dataset.rendered);
      await page.waitForFunction(() => !document.querySelector('[data-second-thought="nudge"]'));
    });

    it('sent nothing anywhere', async () => {
      const ids = [h.extensionId, await (await h.worker()).evaluate(() => chrome.runtime.dynamicId)];
      const leaks = network.filter((r) => !expected(r, ids));
      assert.deepEqual(leaks, [], 'every request was a fixture page load or an extension file');
      assert.ok(network.some((r) => r.type === 'document' && r.url.startsWith('https://x.com/')), 'the recorder saw the page load');
      const internal = network.filter((r) => r.url.startsWith('chrome-extension://')).length;
      console.log(`requests recorded: ${network.length} (${internal} extension files), outside the test's own loads: ${leaks.length}`);
      // The recorder would have seen the worker too: a fetch from it shows up, marked as the worker's.
      const seen = h.context.waitForEvent('request', (r) => r.url().startsWith('https://probe.invalid/'));
      await (await h.worker()).evaluate(() => fetch('https://probe.invalid/').catch(() => null));
      assert.ok((await seen).serviceWorker(), 'worker requests are recorded');
    });

    it('stored counts only: no draft, no link, no name or handle from the feed', async () => {
      const page = h.context.pages().find((p) => p.url().startsWith('https://x.com/'));
      // What the feed showed: every handle, display name, link and post text.
      const feed = await page.evaluate(() => [
        ...[...document.querySelectorAll('[data-testid="User-Name"] a, [data-testid="User-Name"] span')].map((e) => e.textContent.trim()),
        ...[...document.querySelectorAll('article a[href^="http"]')].map((a) => a.href),
        ...[...document.querySelectorAll('[data-testid="tweetText"]')].map((e) => e.textContent.trim().slice(0, 40)),
      ]);
      const needles = [...new Set([marker, marker.toLowerCase(), 'our builds took', ...feed.filter((s) => s.length >= 3)])];
      assert.ok(needles.some((n) => n.startsWith('@')) && needles.some((n) => n.startsWith('https://')), 'the feed had handles and links to look for');

      const control = await controlPage(h);
      const stored = await dumpExtensionStorage(control);
      const stats = JSON.parse(stored).local.stats;
      assert.ok(stats && Object.keys(stats.days ?? {}).length === 1, 'the session was counted');
      const found = needles.filter((n) => stored.toLowerCase().includes(n.toLowerCase()));
      assert.deepEqual(found, [], 'extension storage holds none of it');

      const pageSide = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
      assert.equal(pageSide, JSON.stringify({ local: {}, session: {}, cookie: '' }), 'nothing written into the site’s own storage');
      const echoed = await page.evaluate((m) => [...document.querySelectorAll('[data-second-thought]')].some((host) => host.shadowRoot.textContent.includes(m)), marker);
      assert.equal(echoed, false, 'our UI never repeats the draft into the page');
    });

    it('the diagnostic a user can copy names the page’s parts, never its text, names or links', async () => {
      const page = h.context.pages().find((p) => p.url().startsWith('https://x.com/'));
      await typeInto(page, d.editor, draft);
      await chipState(page, { level: 'thoughtful' });
      // The feed carries the marker wherever a name can hide: text, labels, titles, test ids, links.
      const feed = await page.evaluate((m) => {
        const seen = [];
        for (const article of document.querySelectorAll('article')) {
          article.setAttribute('aria-label', `Post by ${m}`);
          article.querySelector('[data-testid="tweetText"]')?.append(` ${m} said`);
          const tag = article.appendChild(document.createElement('a'));
          Object.assign(tag, { href: `https://x.com/${m}/status/1`, title: m, textContent: `@${m}` });
          tag.dataset.testid = `UserAvatar-Container-${m}`;
          seen.push(...[...article.querySelectorAll('[data-testid="User-Name"] span, [data-testid="tweetText"]')].map((e) => e.textContent.trim().slice(0, 30)));
        }
        return seen.filter((t) => t.length >= 3);
      }, marker);
      const control = await controlPage(h);
      const { tabId } = await healthOf(control, page.url());
      const reply = await send(control, { type: 'diagnostic', tabId });
      assert.ok(reply.ok, reply.error);
      const report = JSON.stringify(reply.value);
      const needles = [...new Set([marker, 'our builds took', 'Post by', 'status/1', page.url(), ...feed])];
      assert.deepEqual(needles.filter((n) => report.toLowerCase().includes(n.toLowerCase())), [], 'the diagnostic holds none of it');
      // What it does hold: the composer's and a post's structure, and what each selector matched.
      assert.match(reply.value.composer[0], /\[data-testid=tweetTextarea_0\]\[contenteditable=true\]/);
      assert.match(reply.value.postButton[0], /^button\[role=button\]\[data-testid=tweetButtonInline\]/);
      assert.ok(reply.value.reshare.some((line) => line.startsWith('article[role=article][data-testid=tweet]')));
      assert.ok(reply.value.selectors['reshare.trigger'][0][1] > 0);
      assert.equal(reply.value.origin, 'https://x.com');
    });
  });
}
