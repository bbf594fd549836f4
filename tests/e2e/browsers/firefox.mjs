// Firefox ESR through puppeteer-core (WebDriver BiDi): dist/ installed as a temporary add-on, the
// fixtures served by a local HTTPS server that Firefox reaches for the real host names
// (`network.dns.localDomains`, `network.socket.forcePort`), and an extension page at hand for
// storage (Firefox runs the background as an event page: there is no service worker to evaluate
// in). Pages come wrapped in the part of Playwright's page API the scenarios use (compat.mjs).
import puppeteer from 'puppeteer-core';
import { serveFixtures, fixtureUrl } from '../../fixtures/serve.mjs';
import { playwrightPage } from './compat.mjs';

const ADDON_ID = 'second-thought@second-thought.invalid';
// A fixed internal UUID, so tests know the add-on's moz-extension:// origin before it is installed.
const UUID = '5ec0d7a0-0000-4000-8000-5ec0d7a0a0a0';

/** `dist`: the unpacked extension to install; `profile`: a fresh profile directory. */
export async function launchFirefox({ dist, profile, csp, colorScheme, origins, extension, headless, watch }) {
  const server = await serveFixtures({ csp, origins });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless,
    userDataDir: profile,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1200, height: 900 },
    // Lets the tests open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': server.hosts.join(','),
      'network.socket.forcePort': `443=${server.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // A permissions.request from a click is granted without the doorhanger a person would answer.
      'extensions.webextOptionalPermissionPrompts': false,
      // 0 = dark, 1 = light, for pages (prefers-color-scheme).
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
  });
  if (extension) await browser.installExtension(dist);
  const wrap = (raw) => {
    const page = playwrightPage(raw);
    watch(page);
    return page;
  };
  const extensionPage = async (path) => {
    const raw = await browser.newPage();
    const page = wrap(raw);
    // Firefox reports no navigation events for moz-extension:// pages, so goto never settles: start
    // it, and wait for the page itself.
    raw.goto(`moz-extension://${UUID}/${path}`).catch(() => {});
    for (const until = Date.now() + 10_000; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const ready = await raw.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
      if (ready) return page;
      if (Date.now() > until) throw new Error(`the extension page ${path} did not load`);
    }
  };
  let control = null; // an extension page kept open for storage calls
  return {
    browser: 'firefox',
    context: null,
    sw: null,
    extensionId: UUID,
    async open(site, path) {
      const raw = await browser.newPage();
      const page = wrap(raw);
      await raw.goto(fixtureUrl(site, path));
      return page;
    },
    extensionPage,
    /** Runs `fn(arg)` where `chrome.*` is at hand: an extension page. */
    async inExtension(fn, arg) {
      control ??= await extensionPage('popup/popup.html');
      return control.evaluate(fn, arg);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
