// Loads settings and stats through the Rust core, which never fails on bad stored data: it keeps
// what is valid and says what it dropped.
import { core } from './core.js';
import { read, readGroup } from './store.js';
import { siteForHost } from '../sites/index.js';

// Nothing stored yet (a fresh install) is not a problem to report: it just means defaults.
export async function loadSettings() {
  const { parseSettings } = await core();
  const raw = await read('sync', 'settings');
  return raw === undefined ? { ...parseSettings({ version: 2 }), ignored: [] } : parseSettings(raw);
}

/** Every stored stats key (`stats`, and `stats/<month>` for earlier months: src/stats/layout.rs). */
export const storedStats = () => readGroup('local', 'stats');

/** All the stats, added up from their keys: `{ stats, problems }`. */
export async function loadStats() {
  const { loadStats } = await core();
  return loadStats(await storedStats());
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

// The popup asks for the same numbers on every open. They depend only on the stored keys (a new
// object after every write, see store.js) and the local day, so each stored value keeps its snapshots.
const snapshots = new WeakMap();

/**
 * The popup's numbers for `stored` (stats keys → stored values, as storedStats() gives them),
 * today, with `site` filling site_week.
 */
export async function statsSnapshotNow(stored, site) {
  const { statsSnapshot } = await core();
  const now = Date.now();
  const query = { now_ms: now, tz_offset_min: tzOffset(), site: site ?? null };
  const day = Math.floor((now + query.tz_offset_min * 60_000) / 86_400_000);
  const key = `${day} ${query.site}`;
  const known = snapshots.get(stored) ?? new Map();
  snapshots.set(stored, known);
  if (!known.has(key)) known.set(key, statsSnapshot({ stored, query }));
  return known.get(key);
}
