// Talk, not broadcast: on every site, a reply typed into the site's reply composer is scored with
// the post it answers as context ("Great post!" is no thought; a question back about what the post
// says is), counted as a reply with its level (never as a post), and shown in the popup's
// conversation figure. Runs in Chromium and Firefox.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import { fixtures } from '../fixtures/catalog.mjs';
import { chipBeside, chipState, typeInto } from './harness.mjs';
import { C, countsWhere, openPopup } from './flows-steps.mjs';

const EMPTY_PRAISE = 'Great post!';
const ASKS_BACK = 'Why did they drop the tram stop if the new homes still need it? I live two streets away and we were never asked.';
const ONLY = process.env.SITE ? process.env.SITE.split(',') : Object.keys(drivers);

/** Each way a site offers to reply (X: a post's own page, and the reply dialog from the timeline). */
function replyWays(d) {
  const ways = [{ name: 'reply', open: (page) => d.openReply(page, 0), editor: d.replyEditor, post: d.replyPost }];
  if (d.openReplyModal) ways.push({ name: 'reply dialog', open: (page) => d.openReplyModal(page, 0), editor: d.replyModalEditor, post: d.replyModalPost });
  return ways;
}

for (const id of ONLY) {
  const d = drivers[id];
  const fixture = d.fixture ?? id;
  // One reply per site: its variants reply the same way.
  if (fixtures[fixture].variantOf || d.fixture || !d.replyEditor) continue;
  for (const way of replyWays(d)) {
    describe(`${id}: a ${way.name}`, () => {
      let h;
      let page;
      siteSession(fixture, (s) => ({ h, page } = s));

      it('is scored with the post it answers, sent as a reply, and counted as one', async () => {
        await way.open(page);
        await typeInto(page, way.editor, EMPTY_PRAISE);
        const praise = await chipState(page);
        assert.notEqual(praise.level, 'thoughtful', `"${EMPTY_PRAISE}" scored ${praise.score}`);
        await typeInto(page, way.editor, ASKS_BACK);
        await chipState(page, { level: 'thoughtful' });
        assert.ok(await chipBeside(page, way.post), 'the chip sits beside the reply’s own button');
        await page.locator(way.post).first().click();
        await page.waitForFunction(() => window.__fixture.posts.some((p) => p.kind === 'reply'));
        const counts = await countsWhere(h, fixture, (c) => c[C.replyThoughtful] === 1, 'one thoughtful reply');
        assert.equal(counts[C.postBlind] + counts[C.postThin] + counts[C.postThoughtful], 0, 'never counted as a post');
      });

      it('shows in the popup’s conversation figure', async () => {
        const popup = await openPopup(h, page.url());
        assert.equal(await popup.locator('[data-testid="talk-week"]').innerText(), '1 reply (1 with a thought) · 0 posts and reshares');
        await popup.close();
      });
    });
  }
}
