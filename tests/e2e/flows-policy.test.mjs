// Issue 9, end to end on X: how the prompt grows and backs off with what the person does, and
// what gets counted. Gentle mode only hints and never stops anything; in pause mode a quick run of
// blind reshares turns the quiet prompt into a full pause that says why; two "Share anyway" in a
// row make the site back off; a thin quote is counted as thin, never as a thought.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteSession } from './session.mjs';
import { drivers } from './drivers.mjs';
import {
  C, THOUGHT, thinDraft, nudge, nudgeState, count, countAbove, settle, startReshare, closeNudge, postQuote, todayCounts, countsWhere, openPopup,
} from './flows-steps.mjs';

const X = drivers.x;

describe('gentle mode on X', () => {
  let h;
  let page;
  siteSession('x', (s) => ({ h, page } = s), { settings: { x: { mode: 'gentle' } } });

  it('opening the reshare menu shows a hint that does not intercept', async () => {
    await page.locator(X.trigger).first().click();
    await nudge(page).waitFor();
    const hint = await nudgeState(page);
    assert.equal(hint.form, 'hint');
    assert.equal(hint.intercept, 'false');
    assert.deepEqual(hint.actions, ['add-thought', 'dismiss']);
    assert.equal(hint.focused, null, 'a hint does not take focus from the menu');
    assert.ok(await page.locator(X.confirm).isVisible(), 'the menu stays open beside the hint');
  });

  // reshare.js hint() anchors the hint under the reshare button, which is exactly where X opens its
  // menu, so the hint covers "Repost" and "Quote" (a click there lands on the hint).
  it('the hint leaves the menu it hints about clickable', async () => {
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('#layers [role="menu"] [role="menuitem"]')].filter((item) => {
        const r = item.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !item.contains(top);
      }).map((item) => item.textContent.trim()),
    );
    assert.deepEqual(covered, [], 'menu items under the hint');
  });

  it('Not now closes the hint and leaves the menu open; the reshare goes through at once, counted once', async () => {
    await nudge(page).locator('[data-action="dismiss"]').click();
    await nudge(page).waitFor({ state: 'detached' });
    const before = await count(page, 'fxReposts');
    await page.locator(X.confirm).click();
    assert.equal(await countAbove(page, 'fxReposts', before), before + 1);
    const counts = await countsWhere(h, 'x', (c) => c[C.reshareBlind] >= 1, 'one blind reshare');
    await settle(page);
    assert.equal((await todayCounts(h, 'x'))[C.reshareBlind], 1, 'counted once');
    assert.equal(counts[C.nudgeShown], 0, 'a hint is not a prompt shown');
    assert.equal(await nudge(page).count(), 0);
  });
});

describe('pause mode on X: escalation, back-off, honest counts', () => {
  let h;
  let page;
  siteSession('x', (s) => ({ h, page } = s));

  it('the first two blind reshares get a quiet prompt that still stops them', async () => {
    for (const attempt of [1, 2]) {
      await startReshare(page, 'x', 0); // the menu stays open after Escape
      await nudge(page).waitFor();
      const state = await nudgeState(page);
      assert.equal(state.form, 'hint', `attempt ${attempt}`);
      assert.equal(state.intercept, 'true');
      assert.doesNotMatch(state.visibleText, /reshares in/);
      await closeNudge(page);
    }
    assert.equal(await count(page, 'fxReposts'), 0);
  });

  it('the third in a row is a full pause that says why', async () => {
    await startReshare(page, 'x');
    await nudge(page).waitFor();
    const state = await nudgeState(page);
    assert.equal(state.form, 'pause');
    assert.equal(state.intercept, 'true');
    assert.match(state.visibleText, /\b3 reshares in \d+ min\b/, 'the why line is shown');
    const why = await nudge(page).evaluate((host) => {
      const line = [...host.shadowRoot.querySelectorAll('p')].find((p) => /reshares in/.test(p.textContent));
      const box = line?.getBoundingClientRect();
      return line && { visible: box.width > 0 && box.height > 0 && getComputedStyle(line).visibility === 'visible', strong: line.classList.contains('why') };
    });
    assert.deepEqual(why, { visible: true, strong: true });
    assert.match(state.visibleText, /firmly/, 'the prompt says it escalated');
  });

  it('two Share anyway in a row: the next blind reshare goes through without a prompt', async () => {
    await nudge(page).locator('[data-action="share-anyway"]').click();
    assert.equal(await countAbove(page, 'fxReposts', 0), 1);

    await startReshare(page, 'x'); // reposted posts lose their trigger, so 0 is always a fresh post
    await nudge(page).waitFor();
    assert.equal((await nudgeState(page)).form, 'pause', 'one Share anyway is not yet a pattern');
    await nudge(page).locator('[data-action="share-anyway"]').click();
    assert.equal(await countAbove(page, 'fxReposts', 1), 2);

    let prompts = 0;
    await page.exposeFunction('__sawNudge', () => (prompts += 1));
    await page.evaluate(() => {
      new MutationObserver((records) => {
        if (records.some((r) => [...r.addedNodes].some((n) => n.dataset?.secondThought === 'nudge'))) window.__sawNudge();
      }).observe(document.documentElement, { childList: true });
    });
    await startReshare(page, 'x');
    assert.equal(await countAbove(page, 'fxReposts', 2), 3, 'the third blind reshare went through');
    await settle(page);
    assert.equal(prompts, 0, 'no prompt, not even briefly');
    const counts = await countsWhere(h, 'x', (c) => c[C.reshareBlind] === 3, 'three blind reshares');
    assert.deepEqual([counts[C.nudgeShown], counts[C.shareAnyway]], [4, 2]);
  });

  it('a thin quote counts as thin and a thoughtful one as a thought', async () => {
    for (const [text, level] of [[await thinDraft(h), 'thin'], [THOUGHT, 'thoughtful']]) {
      await page.locator(X.trigger).first().click();
      await page.locator('#layers a[role="menuitem"][href="/compose/post"]').click();
      await page.locator(X.quoteEditor).waitFor();
      await postQuote(page, text, level);
    }
    const counts = await countsWhere(h, 'x', (c) => c[C.quoteThin] + c[C.quoteThoughtful] >= 2, 'two quotes');
    assert.deepEqual([counts[C.quoteBlind], counts[C.quoteThin], counts[C.quoteThoughtful]], [0, 1, 1]);
    assert.equal(await count(page, 'fxReposts'), 3, 'quoting reshared nothing blind');
  });

  it('the popup counts 5 shares this week, 1 with a thought', async () => {
    const popup = await openPopup(h);
    assert.equal(await popup.getByTestId('weekly-line').innerText(), 'You added a thought to 1 of 5 shares this week.');
    assert.equal(await popup.getByTestId('week-share').innerText(), '20%');
    const chart = await popup.getByTestId('chart').getAttribute('aria-label');
    assert.equal(chart, 'Reshares in the last 30 days: 1 with a thought, 1 thin, 3 with no thought.');
    await popup.close();
  });
});
