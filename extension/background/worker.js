// The background service worker. It may be stopped at any moment, so it keeps nothing in memory that
// storage does not hold, and registers every listener at the top level.
import { handlers } from './handlers.js';
import { loadSettings } from './state.js';
import { syncRegistrations, injectIntoOpenTabs } from './origins.js';

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const handler = Object.hasOwn(handlers, message?.type) ? handlers[message.type] : null;
  if (!handler) return false;
  handler(message, sender).then(
    (value) => reply({ ok: true, value: value ?? null }),
    (error) => reply({ ok: false, error: error?.message ?? String(error) }),
  );
  return true; // the reply comes asynchronously
});

const resync = () => loadSettings().then(({ settings }) => syncRegistrations(settings)).catch((e) => console.warn('[Second Thought]', e));
chrome.runtime.onInstalled.addListener(resync);
// An update leaves open tabs with the old content script, which steps aside: the new one goes in
// now rather than on the tab's next load (Firefox does this itself; Chromium does not).
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update') injectIntoOpenTabs().catch((e) => console.warn('[Second Thought] re-inject', e));
});
chrome.runtime.onStartup.addListener(resync);
// Access given back (the popup's "Allow on …", the browser's own site-access controls) or taken away.
chrome.permissions.onAdded.addListener(resync);
chrome.permissions.onRemoved.addListener(resync);
