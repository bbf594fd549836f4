// One handler per message type; worker.js routes by name. Each returns a value or throws.
import { core, pageScorer } from './core.js';
import { read, update, updateGroup, removeGroup, settled, write, remove } from './store.js';
import { loadSettings, loadStats, siteOf, statsSnapshotNow, storedStats, tzOffset } from './state.js';
import { syncRegistrations } from './origins.js';
import { refreshBadge } from './badge.js';
import { missingOrigins } from '../shared/access.js';
import { SITES } from '../sites/index.js';

const CHOICES = new Set(['add_thought', 'share_anyway', 'read_first']);

async function saveSettings(settings) {
  await write('sync', 'settings', settings);
  await syncRegistrations(settings).catch((e) => console.warn('[Second Thought] registrations', e));
  return settings;
}

async function applyIntent(intent) {
  const { applyIntent } = await core();
  const { settings } = await loadSettings();
  return saveSettings(applyIntent({ settings, intent }));
}

/** Asks the content script in a tab (`health`, `diagnostic`); null when it does not answer in time. */
async function askTab(tabId, type, ms) {
  if (tabId == null) return null;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), ms));
  const answer = chrome.tabs.sendMessage(tabId, { type }).then((r) => (r?.ok ? r.value : null), () => null);
  return Promise.race([answer, timeout]);
}

export const handlers = {
  async 'page-state'({ origin }) {
    const { settings } = await loadSettings();
    const page = siteOf(origin, settings);
    if (!page) return null;
    const { effectiveSettings } = await core();
    return { ...page, effective: effectiveSettings({ settings, site: page.key, now_ms: Date.now() }) };
  },

  async score({ draft }) {
    const score = await pageScorer();
    return score(draft);
  },

  async decide({ site, input }) {
    const { decide } = await core();
    let decision;
    await update('local', 'nudge', (all = {}) => {
      decision = decide({ ...input, now_ms: Date.now(), history: all[site] ?? {} });
      return { ...all, [site]: decision.history };
    });
    return decision;
  },

  /** Replies once the count is stored: the content script resends it until then, with the same `id`. */
  async event({ event }) {
    const wasm = core(); // loads while storage is read
    read('sync', 'settings').catch(() => {}); // for the badge, read meanwhile too
    const choice = CHOICES.has(event.kind);
    // A count reads and writes the current month's key alone; the first count of a month also
    // moves the last one out to its own key, which needs them all (src/stats/layout.rs). The core
    // reads any stored value leniently, so raw values go in without a separate load.
    const counted = await updateGroup('local', 'stats', async (get) => {
      const [{ nudge = {}, ...current }, { foldEvent, recordChoice }] = await Promise.all([get(choice ? ['stats', 'nudge'] : ['stats']), wasm]);
      let out = foldEvent({ stored: current, everything: false, event });
      if (out.result === 'needs_all') out = foldEvent({ stored: await get(), everything: true, event });
      if (out.result !== 'write' || !choice) return out;
      // The prompt remembers the choice in the same write as its count: a resend finds both or neither.
      const history = recordChoice({ history: nudge[event.site] ?? {}, choice: event.kind, now_ms: event.at_ms });
      return { ...out, set: { ...out.set, nudge: { ...nudge, [event.site]: history } } };
    });
    // A duplicate was stored before: only its acknowledgement was lost. Today's counts are all in
    // the current key, which is what the badge shows.
    if (counted.result === 'write') await refreshBadge({ stats: counted.set.stats });
    return true;
  },

  async intent({ intent }) {
    return applyIntent(intent);
  },

  async snapshot({ tabId, url }) {
    const health = askTab(tabId, 'health', 400); // in flight while the numbers are worked out
    await settled();
    const [{ settings, ignored }, stats, { effectiveSettings }] = await Promise.all([loadSettings(), storedStats(), core()]);
    const origin = url ? safeOrigin(url) : null;
    const page = origin && siteOf(origin, settings);
    return {
      site: page
        ? { ...page, origin, access: !(await missingOrigins([origin])).length, effective: effectiveSettings({ settings, site: page.key, now_ms: Date.now() }), health: await health }
        : null,
      stats: await statsSnapshotNow(stats, page?.key),
      settings_problems: ignored.length,
    };
  },

  /** The page's breakage report, for the popup's "Copy diagnostic" (no text, see content/diagnostic.js). */
  async diagnostic({ tabId }) {
    const report = await askTab(tabId, 'diagnostic', 2000);
    if (!report) throw new Error('The page did not answer. Reload it and try again.');
    return report;
  },

  async 'options-state'() {
    const [{ settings, ignored }, { problems }] = await Promise.all([loadSettings(), loadStats()]);
    const { effectiveSettings } = await core();
    const now = Date.now();
    const keys = Object.keys(settings.sites ?? {});
    const effective = Object.fromEntries(keys.map((k) => [k, effectiveSettings({ settings, site: k, now_ms: now })]));
    // Per site, the origins the browser does not let us run on (built-in sites: any of their hosts).
    const sites = [...SITES.map((s) => [s.id, s.hosts.map((host) => `https://${host}`)]), ...keys.filter((k) => k.includes('://')).map((k) => [k, [k]])];
    const missing = Object.fromEntries(await Promise.all(sites.map(async ([key, origins]) => [key, await missingOrigins(origins)])));
    return { settings, ignored, stats_problems: problems, effective, missing };
  },

  async export() {
    await settled();
    return {
      format: 'second-thought-backup',
      version: 1,
      exported_at: new Date().toISOString(),
      settings: (await loadSettings()).settings,
      stats: (await loadStats()).stats,
    };
  },

  async import({ bundle }) {
    const { parseSettings, loadStats: load, placeStats } = await core();
    if (!bundle || typeof bundle !== 'object' || bundle.format !== 'second-thought-backup') {
      throw new Error('This file is not a Second Thought backup.');
    }
    const settings = parseSettings(bundle.settings ?? null);
    // A backup holds the stats as one value, as the `stats` key held all of them before the split.
    const stats = load({ stats: bundle.stats ?? null });
    await saveSettings(settings.settings);
    await updateGroup('local', 'stats', async (get) => {
      const set = placeStats({ stats: stats.stats, now_ms: Date.now(), tz_offset_min: tzOffset() });
      return { set, remove: Object.keys(await get()).filter((key) => !Object.hasOwn(set, key)) };
    });
    return { ignored: settings.ignored, stats_problems: stats.problems };
  },

  async reset() {
    await remove('sync', ['settings']);
    await removeGroup('local', 'stats');
    await remove('local', ['nudge']);
    await syncRegistrations({ sites: {} });
    await refreshBadge(null);
    return true;
  },

  async 'add-origin'({ origin, kind }) {
    return applyIntent({ type: 'add_origin', origin, kind: kind ?? 'mastodon' });
  },

  async 'remove-origin'({ origin }) {
    return applyIntent({ type: 'remove_origin', origin });
  },
};

function safeOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
