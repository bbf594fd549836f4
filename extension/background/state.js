// Loads settings and stats through the Rust core, which never fails on bad stored data: it keeps
// what is valid and says what it dropped.
import { core } from './core.js';
import { read } from './store.js';
import { siteForHost } from '../sites/index.js';

export async function loadSettings() {
  const { parseSettings } = await core();
  return parseSettings(await read('sync', 'settings') ?? null);
}

export async function loadStats() {
  const { loadStats } = await core();
  return loadStats(await read('local', 'stats') ?? null);
}

/** Which site table entry and settings key apply to a page origin, or null when unsupported. */
export function siteOf(origin, settings) {
  let host;
  try {
    host = new URL(origin).hostname;
  } catch {
    return null;
  }
  const builtIn = siteForHost(host);
  if (builtIn) return { site: builtIn.id, key: builtIn.id, name: builtIn.name };
  const added = settings.sites?.[new URL(origin).origin];
  return added?.kind ? { site: added.kind, key: new URL(origin).origin, name: new URL(origin).host } : null;
}

export const tzOffset = () => -new Date().getTimezoneOffset();
