// What the benchmark does in a page, the same way with and without the extension. Waits run in the
// page; the one fixed delay is the typing pace (see PACE_MS).
import { fixtureUrl } from '../../../tests/fixtures/serve.mjs';

/**
 * Pause after each keystroke: longer than the content script's 60 ms debounce, so every keystroke
 * pays for its own rescore, as for someone typing at about 10 keys a second. A faster typist
 * costs less per key, because the debounce folds keystrokes into one score.
 */
export const PACE_MS = 75;

export async function goto(page, site, path) {
  await page.goto(fixtureUrl(site, path));
  await page.waitForFunction(() => document.readyState === 'complete' && window.__fixture);
}

/** Resolves once the page has been idle (requestIdleCallback), twice, so pending work has run. */
export function idle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const once = (next) => requestIdleCallback(next, { timeout: 1000 });
        once(() => once(resolve));
      }),
  );
}

/**
 * Waits out the debounce, then the next frame and the task after it (layout, paint, chip update).
 * A page that is not being drawn never runs requestAnimationFrame: 200 ms caps the wait.
 */
export function settle(page, ms = PACE_MS) {
  return page.evaluate(
    (wait) =>
      new Promise((resolve) => {
        const done = () => setTimeout(resolve, 0);
        setTimeout(() => {
          const cap = setTimeout(done, 200);
          requestAnimationFrame(() => (clearTimeout(cap), done()));
        }, wait);
      }),
    ms,
  );
}

export async function focusEditor(page, selector) {
  await page.locator(selector).first().click();
  await page.waitForFunction((sel) => document.activeElement?.closest(sel) || document.activeElement?.matches?.(sel), selector);
}

/** Types one character at a time at the benchmark's pace. */
export async function typePaced(page, text, ms = PACE_MS) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await settle(page, ms);
  }
}

/**
 * Scrolls a virtualized timeline until `count` posts that were not on screen before have been
 * mounted. Returns how many were added and how far it scrolled.
 */
export function scrollUntilAdded(page, count) {
  return page.evaluate(async (want) => {
    const idOf = (a) => a.getAttribute('aria-labelledby');
    const seen = new Set([...document.querySelectorAll('article[data-testid="tweet"]')].map(idOf));
    let added = 0;
    const observer = new MutationObserver(() => {
      for (const a of document.querySelectorAll('article[data-testid="tweet"]')) {
        if (!seen.has(idOf(a))) {
          seen.add(idOf(a));
          added++;
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const frame = () =>
      new Promise((r) => {
        const cap = setTimeout(r, 200); // never hang on a page that is not being drawn
        requestAnimationFrame(() => (clearTimeout(cap), setTimeout(r, 0)));
      });
    let scrolled = 0;
    for (let step = 0; added < want && step < 400; step++) {
      window.scrollBy(0, 300);
      scrolled += 300;
      await frame();
      await frame();
    }
    observer.disconnect();
    return { added, scrolled };
  }, count);
}

/** The chip's state, or null when the page has none. */
export function chip(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-second-thought="chip"]');
    return host ? { level: host.dataset.level ?? null, score: Number(host.dataset.score) } : null;
  });
}

/** Printable ASCII text of `length` characters from English drafts: every key exists on a keyboard. */
export function typingText(drafts, length) {
  const english = drafts.filter((d) => d.id.startsWith('en-')).map((d) => d.text.replace(/[^ -~]/g, '').replace(/\s+/g, ' ').trim());
  let text = '';
  for (let i = 0; text.length < length && english.length; i++) text += english[(i * 7) % english.length] + ' ';
  return text.slice(0, length);
}
