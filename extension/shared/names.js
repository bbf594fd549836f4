// Display names for settings keys: a built-in site id ("x" → "X") or a user-added origin
// ("https://fosstodon.org" → "fosstodon.org").
import { SITES } from '../sites/index.js';

export function siteName(key) {
  const builtIn = SITES.find((site) => site.id === key);
  if (builtIn) return builtIn.name;
  try {
    return new URL(key).host || String(key);
  } catch {
    return String(key);
  }
}

export const builtInNames = () => SITES.map((site) => site.name);
