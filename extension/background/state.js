// Loads settings and stats through the Rust core, which never fails on bad stored data: it keeps
// what is valid and says what it dropped.
import { core } from './core.js';
import { read } from './store.js';
import { siteForHost } from '../sites/index.js';

// Nothing stored yet (a fresh install) is not a problem to report: it just means defaults.
export async function loadSettings() {
  const { parseSettings } = await core();
  const raw = await read('sync', 'settings');
  return raw === undefined ? { ...parseSettings({ version: 2 }), ignored: [] } : parseSettings(raw);
}

export async function loadStats() {
  const { loadStats } = await core();
  const raw = await read('local', 'stats');
  return raw === undefined ? { ...loadStats({ version: 1 }), problems: [] } : loadStats(raw);
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

// The popup asks for the same numbers on every open. They depend only on the stats (a new object
// after every write, see store.js) and the local day, so each stats value keeps its snapshots.
const snapshots = new WeakMap();

/** The popup's numbers for `stats` as stored (any value), today, with `site` filling site_week. */
export async function statsSnapshotNow(stats, site) {
  const { statsSnapshot } = await core();
  const now = Date.now();
  const query = { now_ms: now, tz_offset_min: tzOffset(), site: site ?? null };
  if (stats === null || typeof stats !== 'object') return statsSnapshot({ stats: stats ?? null, query });
  const day = Math.floor((now + query.tz_offset_min * 60_000) / 86_400_000);
  const key = `${day} ${query.site}`;
  const known = snapshots.get(stats) ?? new Map();
  snapshots.set(stats, known);
  if (!known.has(key)) known.set(key, statsSnapshot({ stats, query }));
  return known.get(key);
}
