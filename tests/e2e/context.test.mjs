// What the page already shows, passed to the scorer (in memory only), on every site that shows it:
// a pasted headline that the site's own link card names is blind; a share intent's prefilled text
// is not the writer's own, so it is blind until they add words of theirs. (A reply scored with the
// post it answers: replies.test.mjs.) Runs in Chromium and Firefox.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { chipState, skipInThisBrowser, typeInto } from './harness.mjs';

const OWN_WORDS = ' I live two streets away and we were never asked about the traffic, so why trust this plan?';
const ONLY = process.env.SITE ? process.env.SITE.split(',') : Object.keys(drivers);

/** Pastes `text` into the focused editor through the browser's own clipboard, as a user does. */
async function paste(page, text) {
  const wrote = await page.evaluate((t) => navigator.clipboard.writeText(t).then(() => null, (e) => String(e)), text);
  assert.equal(wrote, null, 'the clipboard took the text');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Waits for the link card: the preview title shown somewhere outside the editor. */
const cardShown = (page, title) =>
  page.waitForFunction(
    (t) => {
      const all = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) collect(el.shadowRoot);
          if (!el.children.length && el.textContent.trim() === t && !el.closest('[contenteditable="true"], textarea')) all.push(el);
        }
      };
      collect(document);
      return all.some((el) => el.getClientRects().length);
    },
    title,
    { timeout: 5000 },
  );

/** Puts the caret at the end of what the editor holds and types `text` there. */
async function typeAtEnd(page, selector, text) {
  await page.locator(selector).first().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

for (const id of ONLY) {
  const d = drivers[id];
  const fixture = d.fixture ?? id;
  const skip = skipInThisBrowser(d);

  if (d.previewTitle) {
    describe(`${id}: the link card’s title and the pasted headline`, { skip }, () => {
      let page;
      siteSession(fixture, (s) => ({ page } = s), { path: d.path });
      before(async () => {
        if (d.openComposer) await d.openComposer(page);
      });

      it('a pasted headline that the link card names is blind', async () => {
        await typeInto(page, d.editor, '');
        await paste(page, `${d.previewTitle}\n${d.previewText ?? d.previewUrl}`);
        await cardShown(page, d.previewTitle);
        const chip = await chipState(page, { level: 'blind' });
        assert.ok(chip.score < 40, `headline + link scored ${chip.score}`);
      });
    });
  }

  for (const path of [d.intentPath, d.intentTextPath].filter(Boolean)) {
    describe(`${id}: a share intent (${path.split('?')[0]})`, { skip }, () => {
      let page;
      siteSession(fixture, (s) => ({ page } = s), { path });
      const editor = d.intentEditor ?? d.editor;

      it('is blind as the site filled it, and thoughtful once the writer adds words of their own', async () => {
        await page.locator(editor).first().waitFor();
        // The site attaches the intent's link card a moment after the page opens, and a dialog that
        // centres itself moves as it grows: a person starts typing once the box has settled.
        if (d.previewTitle && decodeURIComponent(path).includes(d.previewUrl)) await cardShown(page, d.previewTitle);
        if (path === d.intentPath && d.intentText != null) {
          const shown = await page.locator(editor).first().evaluate((el) => el.value ?? el.innerText);
          assert.equal(shown.trim(), d.intentText, 'the site prefilled the composer');
        }
        await typeAtEnd(page, editor, ' ');
        const prefilled = await chipState(page, { level: 'blind' });
        assert.ok(prefilled.score < 40, `the prefill alone scored ${prefilled.score}`);
        await page.keyboard.type(OWN_WORDS);
        await chipState(page, { level: 'thoughtful' });
      });
    });
  }
}
