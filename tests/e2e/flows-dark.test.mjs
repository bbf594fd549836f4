// Dark pages: on every site the chip and the prompt take the dark theme (screenshots for a person
// to look at), and on X axe-core finds no serious or critical problem in either, light or dark.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launch, chipState, SCREENSHOTS } from './harness.mjs';
import { drivers } from './drivers.mjs';
import { fixtures } from '../fixtures/catalog.mjs';
import { BARE_LINK, chip, closeNudge, nudge, startReshare, typeInto } from './flows-steps.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const ONLY = process.env.SITE ? process.env.SITE.split(',') : Object.keys(drivers);

/** A viewport crop around `locator` with room for what it sits beside. */
async function shoot(page, locator, name) {
  const box = await locator.boundingBox();
  assert.ok(box, `${name}: nothing to photograph`);
  const { width, height } = page.viewportSize();
  const x = Math.max(0, Math.min(box.x - 220, width - 640));
  const y = Math.max(0, Math.min(box.y - 140, height - 340));
  mkdirSync(SCREENSHOTS, { recursive: true });
  // animations: 'disabled' finishes the prompt's fade-in, so the picture shows it as it settles.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled', clip: { x, y, width: Math.min(640, width), height: Math.min(340, height) } });
}

const theme = (locator) => locator.evaluate((host) => host.dataset.theme);

/** axe-core (WCAG 2.x A/AA and best practices) on one element and its shadow tree. */
async function audit(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const result = await window.axe.run(document.querySelector(sel), {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) }));
  }, selector);
}

/**
 * axe leaves the prompt's colour contrast "incomplete" (it cannot find the background of a fixed
 * host that sits outside <body>), so the prompt's text is also measured here: WCAG contrast of
 * each text element's colour against the nearest opaque background inside the shadow root.
 */
function lowContrast(page, selector) {
  return page.evaluate((sel) => {
    const rgb = (css) => css.match(/[\d.]+/g).map(Number);
    const lum = ([r, g, b]) => {
      const [R, G, B] = [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const background = (el) => {
      for (let node = el; node instanceof Element; node = node.parentElement) {
        const bg = rgb(getComputedStyle(node).backgroundColor);
        if (bg.length < 4 || bg[3] === 1) return bg.slice(0, 3);
      }
      return null;
    };
    const root = document.querySelector(sel).shadowRoot;
    const texts = [...root.querySelectorAll('h2, p, button, .level, .tip')].filter((el) => el.textContent.trim());
    return texts
      .map((el) => {
        const bg = background(el);
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), bg ? lum(bg) : NaN];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        return { text: el.textContent.trim().slice(0, 30), ratio: Math.round(ratio * 100) / 100 };
      })
      .filter(({ ratio }) => !(ratio >= 4.5));
  }, selector);
}

function noSerious(t, violations, label) {
  for (const v of violations) t.diagnostic(`${label}: ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
  assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `${label} has serious or critical violations`);
}

describe('dark pages: chip and prompt on every site', () => {
  let h;
  before(async () => {
    h = await launch({ colorScheme: 'dark' });
    await h.settings();
  });
  after(async () => {
    await h.close();
    assert.deepEqual(h.problems, [], 'no errors in the pages or the extension');
  });

  for (const id of ONLY) {
    const d = drivers[id];
    const fixture = d.fixture ?? id;
    // One page per site: its variants draw the same chip and prompt (sites.test.mjs runs them all).
    if (fixtures[fixture].variantOf || d.fixture) continue;
    it(`${id}: the chip is dark and visible`, async () => {
      const page = await h.open(fixture, d.path);
      await typeInto(page, d.editor, BARE_LINK);
      await chipState(page, { level: 'blind' });
      assert.equal(await theme(chip(page)), 'dark', 'the chip follows the dark page');
      const box = await chip(page).boundingBox();
      assert.ok(box?.width > 40 && box?.height > 10, `the chip renders (box ${JSON.stringify(box)})`);
      await shoot(page, chip(page), `${id}-chip-dark`);
      await page.close();
    });

    it(`${id}: the prompt is dark`, async () => {
      const page = await h.open(fixture); // the feed, without the composer dialog `d.path` may open over it
      await startReshare(page, d);
      await nudge(page).waitFor();
      assert.equal(await theme(nudge(page)), 'dark', 'the prompt follows the dark page');
      await shoot(page, nudge(page), `${id}-nudge-dark`);
      await closeNudge(page);
      await page.close();
    });
  }
});

describe('axe on the chip and the prompt, X', () => {
  // One browser per colour scheme: Firefox takes it at launch only (no media emulation over BiDi).
  const browsers = {};
  const browserIn = async (colorScheme) => {
    if (!browsers[colorScheme]) {
      browsers[colorScheme] = await launch({ colorScheme });
      await browsers[colorScheme].settings();
    }
    return browsers[colorScheme];
  };
  after(async () => {
    for (const b of Object.values(browsers)) {
      await b.close();
      assert.deepEqual(b.problems, [], 'no errors in the pages or the extension');
    }
  });

  it('axe reaches into an open shadow root', async () => {
    const page = await (await browserIn('dark')).open('x');
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'probe';
      host.attachShadow({ mode: 'open' }).innerHTML = '<img src="x.png">';
      document.body.append(host);
    });
    const ids = (await audit(page, '#probe')).map((v) => v.id);
    assert.ok(ids.includes('image-alt'), `expected image-alt among ${ids}`);
    await page.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: no serious or critical violations`, async (t) => {
      const page = await (await browserIn(scheme)).open('x');
      await typeInto(page, drivers.x.editor, BARE_LINK);
      await chipState(page, { level: 'blind' });
      assert.equal(await theme(chip(page)), scheme);
      noSerious(t, await audit(page, '[data-second-thought="chip"]'), `chip (${scheme})`);
      await startReshare(page, 'x');
      await nudge(page).waitFor();
      assert.equal(await theme(nudge(page)), scheme);
      await nudge(page).evaluate((host) => Promise.all(host.shadowRoot.getAnimations().map((a) => a.finished)));
      noSerious(t, await audit(page, '[data-second-thought="nudge"]'), `prompt (${scheme})`);
      assert.deepEqual(await lowContrast(page, '[data-second-thought="nudge"]'), [], `prompt text under 4.5:1 (${scheme})`);
      assert.deepEqual(await lowContrast(page, '[data-second-thought="chip"]'), [], `chip text under 4.5:1 (${scheme})`);
      await page.close();
    });
  }
});
