// The optional toolbar badge: today's blind reshares. Off by default.
import { loadSettings, statsSnapshotNow } from './state.js';

export async function refreshBadge(stats) {
  const { settings } = await loadSettings();
  let text = '';
  if (settings.defaults?.badge && stats) {
    const blind = (await statsSnapshotNow(stats, null)).today_blind;
    text = blind ? String(blind) : '';
  }
  await chrome.action.setBadgeBackgroundColor({ color: '#b42318' });
  await chrome.action.setBadgeText({ text });
}
