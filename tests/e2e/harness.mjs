// Launches headless Chromium with the production dist/ loaded and the fixture pages served at the real
// site URLs. Tests wait on signals (attributes, events, storage), never on fixed sleeps.
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeFixtures, fixtureUrl } from '../fixtures/serve.mjs';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target/screenshots');

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--disable-features=Translate',
];
const extensionArgs = (dist) => [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`];

/**
 * @param {{ csp?: string, colorScheme?: 'light'|'dark', origins?: Record<string,string>, extension?: boolean, editDist?: (dir: string) => void }} options
 * `editDist` loads a copy of dist/ that it changes first (removed again on close): a manifest
 * that already holds a permission, a page the benchmark adds.
 */
export async function launch({ csp, colorScheme = 'light', origins, extension = true, headless = true, editDist } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'st-e2e-'));
  let dist = DIST;
  if (editDist) {
    dist = mkdtempSync(join(tmpdir(), 'st-dist-'));
    cpSync(DIST, dist, { recursive: true });
    editDist(dist);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless,
    args: extension ? [...ARGS, ...extensionArgs(dist)] : ARGS,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme,
    viewport: { width: 1200, height: 900 },
  });
  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource|ERR_BLOCKED_BY_CLIENT/.test(msg.text())) problems.push(`${page.url()}: ${msg.text()}`);
    });
  };
  context.on('page', watch);
  await routeFixtures(context, { csp, origins });
  let sw = null;
  let extensionId = null;
  if (extension) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }

  const h = {
    context,
    sw,
    extensionId,
    problems,
    /** Opens a fixture site (optionally at a path or '?query') and waits for its app to be ready. */
    async open(site, path) {
      const page = await context.newPage();
      await page.goto(fixtureUrl(site, path));
      await page.waitForFunction(() => document.readyState === 'complete' && window.__fixture);
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** The current service worker (Chromium may have restarted it). */
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      return live ?? (await context.waitForEvent('serviceworker'));
    },
    async storage(area, key) {
      const worker = await h.worker();
      return worker.evaluate(([a, k]) => chrome.storage[a].get(k).then((r) => (k ? r[k] : r)), [area, key ?? null]);
    },
    async setStorage(area, values) {
      const worker = await h.worker();
      await worker.evaluate(([a, v]) => chrome.storage[a].set(v), [area, values]);
    },
    async settings(sites = {}, defaults = {}) {
      await h.setStorage('sync', { settings: { version: 2, defaults: { mode: 'pause', suggest_below: 60, read_first: true, badge: false, ...defaults }, sites } });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (dist !== DIST) rmSync(dist, { recursive: true, force: true });
    },
  };
  return h;
}

export async function screenshot(target, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The chip host's attributes once it shows a level, optionally waiting for one. */
export async function chipState(page, { level, timeout = 5000 } = {}) {
  const handle = await page.waitForFunction(
    (want) => {
      // The chip sits beside the post button, which may be inside an open shadow root (LinkedIn's interop outlet).
      const find = (root) => {
        const here = root.querySelector('[data-second-thought="chip"]:not([hidden])');
        if (here) return here;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
        return null;
      };
      const chip = find(document);
      if (!chip?.dataset.level || (want && chip.dataset.level !== want)) return null;
      if (!chip.getClientRects().length) return null; // it must actually render where the user looks
      return { level: chip.dataset.level, score: Number(chip.dataset.score), text: chip.shadowRoot.querySelector('.chip')?.textContent ?? '' };
    },
    level,
    { timeout },
  );
  return handle.jsonValue();
}

/** Whether the shown chip sits right before the given post button (or the web component holding it). */
export async function chipBeside(page, buttonSelector) {
  return page.locator(buttonSelector).first().evaluate((button) => {
    for (let node = button; node; node = node.parentElement ?? node.getRootNode().host) {
      const before = node.previousElementSibling;
      if (before?.dataset.secondThought === 'chip' && !before.hidden) return true;
    }
    return false;
  });
}

/** Replaces the text of an editor the way a user does: click, select all, delete, type. */
export async function typeInto(page, selector, text) {
  await page.locator(selector).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

export async function fixtureCounts(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__fixture, (k, v) => (typeof v === 'function' ? undefined : v))));
}
