// Turns what a person types for their instance ("fosstodon.org", "https://Hachyderm.io/@me") into
// the https origin that settings and host permissions use, or says clearly why it cannot.
import { builtInForHost } from '../shared/names.js';

// DNS labels: letters, digits and inner hyphens. URL() has already lower-cased the host and turned
// any non-ASCII name into punycode, so this matches what the core's normalize_origin accepts.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * @param {string} raw what was typed
 * @param {Record<string, object>} sites settings.sites, to refuse an origin added before
 * @returns {{ origin: string } | { error: string, detail?: string }} error is a message key
 */
export function normalizeInstance(raw, sites = {}) {
  const text = String(raw ?? '').trim();
  if (!text) return { error: 'add_error_empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: 'add_error_invalid', detail: text };
  }
  if (url.protocol !== 'https:') return { error: 'add_error_https' };
  if (url.username || url.password) return { error: 'add_error_userinfo' };
  const host = url.hostname;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || host.length > 253) {
    return { error: 'add_error_invalid', detail: text };
  }
  const builtIn = builtInForHost(host);
  if (builtIn) return { error: 'add_error_builtin', detail: builtIn.name };
  const origin = url.origin;
  if (Object.hasOwn(sites ?? {}, origin)) return { error: 'add_error_exists', detail: url.host };
  return { origin };
}
