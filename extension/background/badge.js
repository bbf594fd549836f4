// The optional toolbar badge: today's blind reshares. Off by default.
import { core } from './core.js';
import { loadSettings, tzOffset } from './state.js';

export async function refreshBadge(stats) {
  const { settings } = await loadSettings();
  let text = '';
  if (settings.defaults?.badge && stats) {
    const { statsSnapshot } = await core();
    const blind = statsSnapshot({ stats, query: { now_ms: Date.now(), tz_offset_min: tzOffset(), site: null } }).today_blind;
    text = blind ? String(blind) : '';
  }
  await chrome.action.setBadgeBackgroundColor({ color: '#b42318' });
  await chrome.action.setBadgeText({ text });
}
