// DOM queries that follow the site table: ordered selector lists, open shadow roots, visibility.

export function matchesAny(el, selectors) {
  if (!(el instanceof Element)) return false;
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // A selector this browser cannot parse (e.g. :has on an old engine) is simply skipped.
    }
  }
  return false;
}

/** The parent element, or the shadow host when el is at the top of a shadow root. */
export function parentComposed(el) {
  return el.parentElement ?? el.getRootNode?.().host ?? null;
}

/** The nearest ancestor (crossing shadow roots) matching one of the selectors, including el. */
export function closestComposed(el, selectors) {
  for (let node = el; node; node = parentComposed(node)) {
    if (matchesAny(node, selectors)) return node;
  }
  return null;
}

/** Whether `inner` is `outer` or inside it, looking through shadow roots. */
export function containsComposed(outer, inner) {
  for (let node = inner; node; node = parentComposed(node)) {
    if (node === outer) return true;
  }
  return false;
}

function* roots(root, shadowHosts) {
  yield root;
  if (!shadowHosts.length) return;
  for (const host of root.querySelectorAll(shadowHosts.join(','))) {
    if (host.shadowRoot) yield* roots(host.shadowRoot, shadowHosts);
  }
}

/** All elements under root (and the named hosts' open shadow roots) matching the first selector that matches any. */
export function queryAllDeep(root, selectors, shadowHosts = []) {
  for (const selector of selectors) {
    const found = [];
    try {
      for (const r of roots(root, shadowHosts)) found.push(...r.querySelectorAll(selector));
    } catch {
      continue;
    }
    if (found.length) return found;
  }
  return [];
}

export function isVisible(el) {
  return el.isConnected && el.getClientRects().length > 0;
}

export function queryVisible(root, selectors, shadowHosts = []) {
  return queryAllDeep(root, selectors, shadowHosts).find(isVisible) ?? null;
}

const INTERACTIVE = 'button, a[href], [role="menuitem"], [role="button"], [role="option"]';

/** A control whose own visible text is exactly one of `texts` (case-insensitive): the last-resort fallback. */
export function textMatches(el, texts) {
  if (!texts?.length || !matchesAny(el, [INTERACTIVE])) return false;
  const text = (el.textContent ?? '').trim().toLowerCase();
  return text.length > 0 && text.length <= 40 && texts.some((t) => t.toLowerCase() === text);
}

/**
 * The first element on an event's path that is the control: by selector anywhere, or by its text
 * when it sits inside one of `scopes` (so "Repost" text on a menu item counts, but not on the trigger).
 */
export function controlOnPath(path, selectors, texts, scopes) {
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    if (matchesAny(node, selectors)) return node;
    if (textMatches(node, texts) && closestComposed(node, [...scopes, '[role="menu"]'])) return node;
  }
  return null;
}

/** Polls once a frame until find() returns something, for at most `ms`; no observer is left behind. */
export function waitFor(find, ms = 1500) {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const tick = () => {
      const found = find();
      if (found || performance.now() > until) resolve(found ?? null);
      else requestAnimationFrame(tick);
    };
    tick();
  });
}
