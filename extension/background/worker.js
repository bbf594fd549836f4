// The background service worker. It may be stopped at any moment, so it keeps nothing in memory that
// storage does not hold, and registers every listener at the top level.
import { handlers } from './handlers.js';
import { loadSettings } from './state.js';
import { syncRegistrations } from './origins.js';

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
chrome.runtime.onStartup.addListener(resync);
