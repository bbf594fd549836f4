// Which site a settings key names, for pages that show sites but never touch them: a built-in
// site's id, name and hosts ("x" → "X"), or a user-added origin ("https://fosstodon.org" →
// "fosstodon.org").
// Only those three fields are imported, not the site table: esbuild keeps just the imported fields
// of a JSON file, so the popup and options pages do not carry every site's selectors (about 8 KB
// each). tests/unit/sites.test.mjs checks this list against the table.
import { id as b, name as bName, hosts as bHosts } from '../sites/bluesky.json';
import { id as f, name as fName, hosts as fHosts } from '../sites/facebook.json';
import { id as l, name as lName, hosts as lHosts } from '../sites/linkedin.json';
import { id as m, name as mName, hosts as mHosts } from '../sites/mastodon.json';
import { id as r, name as rName, hosts as rHosts } from '../sites/reddit.json';
import { id as t, name as tName, hosts as tHosts } from '../sites/threads.json';
import { id as x, name as xName, hosts as xHosts } from '../sites/x.json';

export const BUILT_IN_SITES = [
  { id: b, name: bName, hosts: bHosts },
  { id: f, name: fName, hosts: fHosts },
  { id: l, name: lName, hosts: lHosts },
  { id: m, name: mName, hosts: mHosts },
  { id: r, name: rName, hosts: rHosts },
  { id: t, name: tName, hosts: tHosts },
  { id: x, name: xName, hosts: xHosts },
];

export function siteName(key) {
  const builtIn = BUILT_IN_SITES.find((site) => site.id === key);
  if (builtIn) return builtIn.name;
  try {
    return new URL(key).host || String(key);
  } catch {
    return String(key);
  }
}

export const builtInNames = () => BUILT_IN_SITES.map((site) => site.name);

/** The built-in site a hostname belongs to, or null. */
export const builtInForHost = (hostname) => BUILT_IN_SITES.find((site) => site.hosts.includes(hostname)) ?? null;
