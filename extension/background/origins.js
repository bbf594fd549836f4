// Where the content script runs: the manifest's sites, and user-added instances, where it is
// registered after the user grants the origin (options page); the registrations follow the
// settings on every worker start.
const PREFIX = 'origin:';

export async function syncRegistrations(settings) {
  const wanted = [];
  for (const [origin, site] of Object.entries(settings.sites ?? {})) {
    if (!site.kind || !origin.includes('://')) continue;
    if (await chrome.permissions.contains({ origins: [`${origin}/*`] })) wanted.push(origin);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts();
  const stale = existing.filter((s) => s.id.startsWith(PREFIX) && !wanted.includes(s.id.slice(PREFIX.length)));
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const fresh = wanted.filter((origin) => !existing.some((s) => s.id === PREFIX + origin));
  if (fresh.length) {
    await chrome.scripting.registerContentScripts(
      fresh.map((origin) => ({ id: PREFIX + origin, matches: [`${origin}/*`], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true })),
    );
  }
  return wanted;
}

/** Puts the content script into every open tab of a site it runs on (after an update). */
export async function injectIntoOpenTabs() {
  const fixed = chrome.runtime.getManifest().content_scripts.flatMap((s) => s.matches);
  const added = (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  const tabs = await chrome.tabs.query({ url: [...fixed, ...added] });
  await Promise.all(tabs.map((tab) => chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] }).catch(() => null)));
}
