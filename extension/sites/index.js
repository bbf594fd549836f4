// The site table: one JSON file per site (data, not logic), linted by tests/unit/sites.test.mjs.
// Selector lists are tried in order: data-testid first, then role/aria-label, then stable classes;
// the *Text lists are the last fallback, matched against the control's visible text.
import bluesky from './bluesky.json';
import facebook from './facebook.json';
import linkedin from './linkedin.json';
import mastodon from './mastodon.json';
import reddit from './reddit.json';
import threads from './threads.json';
import x from './x.json';

export const SITES = [bluesky, facebook, linkedin, mastodon, reddit, threads, x];

/** The site entry for a hostname, or the entry a user-added origin borrows (`kind`). */
export function siteForHost(hostname) {
  return SITES.find((site) => site.hosts.includes(hostname)) ?? null;
}

export function siteById(id) {
  return SITES.find((site) => site.id === id) ?? null;
}
