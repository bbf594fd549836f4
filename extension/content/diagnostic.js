// A breakage report a user can paste into a bug report: how each selector of the site table matched
// this page, and the bare shape around the composer and the reshare control. It carries no text, no
// label (they can hold names), no URL beyond the origin, no id a user chose: only tags, roles,
// test ids cut before anything that can name someone, and class names that are words.
import { queryAllDeep, isVisible, parentComposed, textMatches } from './dom.js';
import { pairPostButton } from './pairing.js';
import { reshareControls } from './health.js';

const SELECTOR_LISTS = ['composer.editor', 'composer.postButton', 'composer.quoteEmbed', 'post', 'postLink', 'reshare.trigger', 'reshare.confirm', 'reshare.direct', 'reshare.quote', 'reshare.menu'];
const TEXT_LISTS = ['composer.postButtonText', 'reshare.confirmText', 'reshare.quoteText'];
const CONTROLS = 'button, a[href], [role="button"], [role="menuitem"]';
const MAX_DEPTH = 80;
const at = (obj, path) => path.split('.').reduce((o, k) => o?.[k], obj);

export function diagnose(site, health) {
  const all = (selectors) => queryAllDeep(document, selectors, site.shadowHosts);
  const first = (selectors) => all(selectors).find(isVisible) ?? all(selectors)[0] ?? null;
  const editor = first(site.composer.editor);
  const paired = editor ? pairPostButton(editor, site) : null;
  const controls = all([CONTROLS]);
  return {
    extension: chrome.runtime.getManifest().version,
    browser: browserName(navigator.userAgent),
    site: site.id,
    origin: location.origin,
    health,
    selectors: Object.fromEntries(SELECTOR_LISTS.map((path) => [path, at(site, path).map((s) => [s, all([s]).length])])),
    texts: Object.fromEntries(TEXT_LISTS.map((path) => [path, at(site, path).map((t) => [t, controls.filter((c) => textMatches(c, [t])).length])])),
    composer: editor && skeleton(editor),
    postButton: paired?.postButton ? skeleton(paired.postButton) : null,
    composerBoundary: paired && !paired.postButton ? describe(paired.scope) : null,
    reshare: skeleton(first(reshareControls(site))),
    menu: skeleton(first(site.reshare.menu)),
  };
}

/** The element and its ancestors up to <html>, one line each; '#shadow-root' where a root is crossed. */
export function skeleton(el) {
  if (!el) return null;
  const lines = [];
  for (let node = el; node && lines.length < MAX_DEPTH; node = parentComposed(node)) {
    lines.push(describe(node));
    if (!node.parentElement && node.getRootNode() instanceof ShadowRoot) lines.push('#shadow-root');
  }
  return lines;
}

function describe(el) {
  let line = el.localName;
  const role = word(el.getAttribute('role'));
  if (role) line += `[role=${role}]`;
  const testid = testId(el.getAttribute('data-testid'));
  if (testid) line += `[data-testid=${testid}]`;
  for (const name of ['aria-haspopup', 'contenteditable', 'aria-modal']) {
    const value = word(el.getAttribute(name));
    if (value) line += `[${name}=${value}]`;
  }
  if (el.disabled || el.getAttribute('aria-disabled') === 'true') line += '[disabled]';
  const classes = [...el.classList].filter(readableClass).slice(0, 6);
  if (classes.length) line += `.${classes.join('.')}`;
  return line;
}

// Enumerated attribute values (role, aria-haspopup…): short words, nothing else.
const word = (value) => (value && /^[a-z][a-z-]{0,23}$/i.test(value) ? value : null);

/**
 * Test ids name controls (`tweetTextarea_0`, `repostBtn`), but some carry who a post is by after a
 * dash (`feedItem-by-<handle>`, `UserAvatar-Container-<handle>`): keep what comes before the
 * first dash, and only when it is a plain identifier.
 */
function testId(value) {
  if (!value) return null;
  const [head, ...rest] = value.split('-');
  if (!/^[A-Za-z][A-Za-z_]*[0-9]?[A-Za-z_]*$/.test(head) || head.length > 40) return '…';
  return rest.length ? `${head}-…` : head;
}

// Hand-written class names are words (`status__action-bar`, `ql-editor`, `DraftEditor-root`);
// generated ones (`css-175oi2r`, `r-kemksi`, `x1n2onr6`, `_a9zr`) carry digits or a short prefix.
function readableClass(token) {
  return /^[A-Za-z][A-Za-z_-]{2,39}$/.test(token) && !/^(r|css|x)[-_]?[a-z]{4,8}$/.test(token) && !/^x[a-z]{5,8}$/.test(token);
}

function browserName(ua) {
  const [, name, major] = ua.match(/(Firefox|Edg|OPR|Chrome|Safari)\/(\d+)/) ?? [];
  return name ? `${name === 'Edg' ? 'Edge' : name} ${major}` : 'unknown';
}
