// Chromium through Playwright: dist/ loaded unpacked, the fixtures routed at their real URLs, and
// the service worker at hand for storage. The pages are Playwright's own.
import { chromium } from 'playwright-core';
import { routeFixtures, fixtureUrl } from '../../fixtures/serve.mjs';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--disable-features=Translate',
];
const extensionArgs = (dist) => [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`];

/** `dist`: the unpacked extension to load; `profile`: a fresh user data directory. */
export async function launchChromium({ dist, profile, csp, colorScheme, origins, extension, headless, watch }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless,
    args: extension ? [...ARGS, ...extensionArgs(dist)] : ARGS,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme,
    viewport: { width: 1200, height: 900 },
  });
  context.on('page', watch);
  await routeFixtures(context, { csp, origins });
  let sw = null;
  let extensionId = null;
  if (extension) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  /** The current service worker (Chromium may have restarted it). */
  const worker = async () => context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker'));
  return {
    browser: 'chromium',
    context,
    sw,
    extensionId,
    worker,
    async open(site, path) {
      const page = await context.newPage();
      await page.goto(fixtureUrl(site, path));
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    /** Runs `fn(arg)` where `chrome.*` is at hand: the service worker. */
    async inExtension(fn, arg) {
      return (await worker()).evaluate(fn, arg);
    },
    close: () => context.close(),
  };
}
