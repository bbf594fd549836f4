// Launches a browser with the production dist/ loaded and the fixture pages served at the real site
// URLs: Chromium (Playwright) or Firefox ESR (puppeteer-core), chosen by `browser` or the BROWSER
// environment variable. Both give the same `h` and pages with the same (Playwright) page API, so one
// scenario runs in both. Tests wait on signals (attributes, events, storage), never on fixed sleeps.
import { cpSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browsers/chromium.mjs';
import { launchFirefox } from './browsers/firefox.mjs';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target/screenshots');
export const BROWSER = process.env.BROWSER ?? 'chromium';

/** `skip` for a driver that cannot run in this browser: its reason (the run shows it as skipped), else false. */
export const skipInThisBrowser = (driver) => (driver.onlyIn && !driver.onlyIn[BROWSER] ? `${Object.values(driver.onlyIn)[0]}` : false);

/**
 * @param {{ browser?: 'chromium'|'firefox', csp?: string, colorScheme?: 'light'|'dark', origins?: Record<string,string>, extension?: boolean, headless?: boolean, editDist?: (dir: string) => void }} options
 * `editDist` loads a copy of dist/ that it changes first (removed again on close): a manifest
 * that already holds a permission, a page the benchmark adds.
 * In Firefox, `h.context`, `h.sw` and `h.worker` are absent (no Playwright context, no service
 * worker): tests that need them run in Chromium only.
 */
export async function launch({ browser = BROWSER, csp, colorScheme = 'light', origins, extension = true, headless = true, editDist } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'st-e2e-'));
  let dist = DIST;
  if (editDist) {
    dist = mkdtempSync(join(tmpdir(), 'st-dist-'));
    cpSync(DIST, dist, { recursive: true });
    editDist(dist);
  }
  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource|ERR_BLOCKED_BY_CLIENT/.test(msg.text())) problems.push(`${page.url()}: ${msg.text()}`);
    });
  };
  const start = browser === 'firefox' ? launchFirefox : launchChromium;
  const b = await start({ dist, profile, csp, colorScheme, origins, extension, headless, watch });

  const h = {
    ...b,
    problems,
    /** Opens a fixture site (optionally at a path or '?query') and waits for its app to be ready. */
    async open(site, path) {
      const page = await b.open(site, path);
      await page.waitForFunction(() => document.readyState === 'complete' && window.__fixture);
      return page;
    },
    storage: (area, key) => b.inExtension(([a, k]) => chrome.storage[a].get(k).then((r) => (k ? r[k] : r)), [area, key ?? null]),
    setStorage: (area, values) => b.inExtension(([a, v]) => chrome.storage[a].set(v), [area, values]),
    async settings(sites = {}, defaults = {}) {
      await h.setStorage('sync', { settings: { version: 2, defaults: { mode: 'pause', suggest_below: 60, read_first: true, badge: false, ...defaults }, sites } });
    },
    async close() {
      await b.close();
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

/**
 * The attributes of a chip that shows a level (the one at `level`, when given) and renders where
 * the user looks; several composers may each have one.
 */
export async function chipState(page, { level, timeout = 5000 } = {}) {
  const handle = await page.waitForFunction(
    (want) => {
      // A chip sits beside its post button, which may be inside an open shadow root (LinkedIn's interop outlet).
      const chips = [];
      const collect = (root) => {
        chips.push(...root.querySelectorAll('[data-second-thought="chip"]:not([hidden])'));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
      };
      collect(document);
      const chip = chips.find((c) => c.dataset.level && (!want || c.dataset.level === want) && c.getClientRects().length);
      if (!chip) return null;
      return { level: chip.dataset.level, score: Number(chip.dataset.score), text: chip.shadowRoot?.querySelector('.chip')?.textContent ?? '' };
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
  // A person types into the tab in front (Firefox keeps a tab behind an extension page unfocused).
  await page.bringToFront();
  await page.locator(selector).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

export async function fixtureCounts(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__fixture, (k, v) => (typeof v === 'function' ? undefined : v))));
}
