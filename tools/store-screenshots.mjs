// The stores' pictures, taken from the fixture pages with the real build: 1280×800 screenshots of
// the chip, the prompt, the popup and the options page in light and dark, and the 440×280 tile.
// Written to target/store/ (not committed: they are remade from the code in a minute, whereas every
// UI change would add a megabyte of PNGs to the history; upload them from there).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, chipState, ROOT } from '../tests/e2e/harness.mjs';
import { drivers } from '../tests/e2e/drivers.mjs';
import { seedMonth } from '../tests/e2e/month-of-stats.mjs';
import { startReshare, typeInto } from '../tests/e2e/flows-steps.mjs';

export const STORE_SHOTS = join(ROOT, 'target/store');
const SIZE = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const X = drivers.x;
const DRAFT = 'Must read 👇 https://example.com/story';

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;

/** A page of nothing but `html`, sized for one picture. */
async function stage(h, size, html) {
  const page = await h.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0">${html}</body>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  return page;
}

/** Saves a picture of the viewport as target/store/<name>.png and returns it. */
const shoot = (page, name) => page.screenshot({ path: join(STORE_SHOTS, `${name}.png`), animations: 'disabled' });

async function themed(scheme) {
  const taken = [];
  const h = await launch({ browser: 'chromium', colorScheme: scheme });
  try {
    await h.setStorage('sync', {
      settings: { version: 2, defaults: { mode: 'pause', suggest_below: 60, read_first: true, badge: false }, sites: { linkedin: { mode: 'gentle' }, 'https://fosstodon.org': { mode: 'pause', kind: 'mastodon' } } },
    });
    await seedMonth(h);

    const x = await h.open('x');
    await x.setViewportSize(SIZE);
    await typeInto(x, X.editor, DRAFT);
    await chipState(x, { level: 'blind' });
    const behind = await shoot(x, `chip-${scheme}`);
    taken.push(`chip-${scheme}`);
    const chip = await x.locator('[data-second-thought="chip"] .chip').screenshot({ animations: 'disabled' });

    // The popup as the browser shows it over the tab it was opened on: hanging from the toolbar,
    // at most 600 pixels tall (Chromium's limit; the rest scrolls).
    const tabId = await h.sw.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0].id);
    const popup = await h.extensionPage(`popup/popup.html?tab=${tabId}&url=${encodeURIComponent(x.url())}`);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForFunction(() => document.documentElement.dataset.rendered);
    const popupPng = await popup.screenshot({ animations: 'disabled' });
    await popup.close();
    const shade = scheme === 'dark' ? '0 8px 28px rgb(0 0 0 / 70%)' : '0 8px 28px rgb(0 0 0 / 28%)';
    const composed = await stage(h, SIZE, `
      <img src="${dataUrl(behind)}" style="position:absolute;inset:0;filter:brightness(${scheme === 'dark' ? 0.8 : 0.92})">
      <img src="${dataUrl(popupPng)}" style="position:absolute;top:8px;right:24px;border-radius:8px;box-shadow:${shade}">`);
    await shoot(composed, `popup-${scheme}`);
    taken.push(`popup-${scheme}`);
    await composed.close();

    await startReshare(x, 'x');
    await x.locator('[data-second-thought="nudge"]').waitFor();
    await shoot(x, `nudge-${scheme}`);
    taken.push(`nudge-${scheme}`);

    const options = await h.extensionPage('options/options.html');
    await options.setViewportSize(SIZE);
    await options.waitForFunction(() => document.documentElement.dataset.rendered);
    await shoot(options, `options-${scheme}`);
    taken.push(`options-${scheme}`);

    if (scheme === 'light') {
      const icon = readFileSync(join(ROOT, 'extension/icons/icon-128.png'));
      const tile = await stage(h, TILE, `
        <div style="box-sizing:border-box;width:440px;height:280px;padding:28px 30px;background:#fff;border-left:10px solid #0f6b63;font-family:system-ui,sans-serif;color:#1f2328;display:flex;flex-direction:column;justify-content:space-between">
          <div style="display:flex;align-items:center;gap:16px">
            <img src="${dataUrl(icon)}" width="64" height="64">
            <div style="font-size:30px;font-weight:700;letter-spacing:-0.5px">Second Thought</div>
          </div>
          <div style="font-size:19px;line-height:1.3">A second thought before you reshare.</div>
          <img src="${dataUrl(chip)}" style="align-self:flex-start">
        </div>`);
      await shoot(tile, 'tile-440x280');
      taken.push('tile-440x280');
      await tile.close();
    }
  } finally {
    await h.close();
  }
  return taken;
}

/** Writes every store picture; returns their names. */
export async function storeScreenshots() {
  mkdirSync(STORE_SHOTS, { recursive: true });
  return [...(await themed('light')), ...(await themed('dark'))];
}
