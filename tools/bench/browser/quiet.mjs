// "Zero work" where the extension has nothing to do. On a site the user turned off, the content
// script is still injected (the manifest matches the host) but must leave no listener on the page
// and spend nothing after its start-up check. On a site it does not support, it must not even be
// injected: no content-script world at all.
import { attach, mainThread, startProfile, stopProfile, onCpu, extensionWorlds, worldListeners } from './cdp.mjs';
import { goto, idle, focusEditor, typePaced } from './actions.mjs';
import { drivers } from '../../../tests/e2e/drivers.mjs';

const DRAFT = 'Nothing should score this.';
export const UNSUPPORTED_URL = 'https://news.example/article';
const UNSUPPORTED_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>News</title>
<main><h1>An unsupported site</h1>${'<p>Paragraph of an article nobody reshares from here.</p>'.repeat(300)}
<textarea aria-label="Comment" rows="4" cols="60"></textarea></main></html>`;

/** X with the site turned off: {off_site_listeners, off_site_ext_cpu_ms, off_site_chips, off_site_worlds}. */
export async function offSite(h) {
  await h.settings({ x: { mode: 'off' } });
  const page = await h.context.newPage();
  try {
    const { cdp, worlds } = await attach(h.context, page);
    await startProfile(cdp);
    const t = await mainThread(cdp);
    await goto(page, 'x');
    await idle(page);
    await focusEditor(page, drivers.x.editor);
    await typePaced(page, DRAFT);
    await idle(page);
    const t2 = await mainThread(cdp);
    const cpu = onCpu(await stopProfile(cdp, h.extensionId), t2.task - t.task);
    // Injected at document_idle and idle has passed since: its start-up check has long finished.
    const live = extensionWorlds(worlds, h.extensionId).filter((w) => !w.destroyed);
    const listeners = (await Promise.all(live.map((w) => worldListeners(cdp, w)))).flat();
    return {
      off_site_worlds: live.length,
      off_site_listeners: listeners.length,
      off_site_ext_cpu_ms: cpu,
      off_site_chips: await page.locator('[data-second-thought]').count(),
    };
  } finally {
    await page.close();
    await h.settings();
  }
}

/** A page on a host outside the manifest: {unsupported_site_contexts, unsupported_site_ext_cpu_ms}. */
export async function unsupportedSite(h) {
  const url = new URL(UNSUPPORTED_URL);
  const handler = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: UNSUPPORTED_PAGE });
  await h.context.route(`${url.origin}/**`, handler);
  const page = await h.context.newPage();
  try {
    const { cdp, worlds } = await attach(h.context, page);
    await startProfile(cdp);
    await page.goto(UNSUPPORTED_URL);
    await idle(page);
    await page.locator('textarea').click();
    await typePaced(page, DRAFT);
    await idle(page);
    const cpu = (await stopProfile(cdp, h.extensionId)).ext;
    return { unsupported_site_contexts: extensionWorlds(worlds, h.extensionId).length, unsupported_site_ext_cpu_ms: cpu };
  } finally {
    await page.close();
    await h.context.unroute(`${url.origin}/**`, handler);
  }
}
