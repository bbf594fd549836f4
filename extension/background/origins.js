// User-added instances: after the user grants the origin (options page), the content script is
// registered there; the registrations follow the settings on every worker start.
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
