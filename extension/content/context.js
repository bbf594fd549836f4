// What the page already shows about a draft beyond its words, for the scorer: what it quotes or
// replies to, the title of the link card the site put in the composer, text a share intent
// prefilled, and what the user pasted. Held in memory for the scorer only: never stored, never sent.
import { queryAllDeep, queryVisible, closestComposed } from './dom.js';

const MAX_TEXT = 2000;
const MAX_PASTED = 8;

const clean = (text) => text?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) || null;
const firstText = (site, selectors, roots) => {
  for (const root of roots) {
    if (!root || !selectors?.length) continue;
    const found = queryVisible(root, selectors, site.shadowHosts);
    if (found) return clean(found.textContent);
  }
  return null;
};

/**
 * The parts fixed when a composer opens. `pending` is a quote the user asked for on this page (the
 * quote item they clicked), `button` the composer's post button (or null).
 */
export function openingContext(site, { editor, scope, button, pending }) {
  const embed = queryAllDeep(scope, site.composer.quoteEmbed, site.shadowHosts).find((e) => !e.contains(editor));
  const quoted = clean(embed?.textContent) || pending?.quotedText || null;
  // A composer opened to reshare a post: inside the site's share sheet (Facebook's), or on a page
  // whose address says so (Reddit's `?source_id=`).
  const query = new URLSearchParams(location.search);
  const sheet = site.composer.quoteScope && closestComposed(editor, site.composer.quoteScope);
  const reshares = quoted || pending || sheet || site.composer.quoteParams?.some((name) => query.has(name));
  const prefill = intentPrefill(site, query);
  if (reshares) return { action: 'quote', quoted_text: quoted, link_title: pending?.linkTitle ?? null, prefill };
  // A reply: the site shows the post it answers in the composer (X's modal, Bluesky, Mastodon's
  // reply indicator), the editor is a comment box inside a post, or the button says so.
  const post = closestComposed(editor, site.post);
  const label = button ? `${button.textContent} ${button.getAttribute('aria-label') ?? ''}` : '';
  const shown = firstText(site, site.composer.replyTo, [scope, post]);
  const reply = shown || post || /reply|comment/i.test(label);
  if (!reply) return { action: 'post', quoted_text: null, link_title: null, prefill };
  const repliedTo = shown ?? firstText(site, site.composer.replyTo, [document]) ?? clean(post?.textContent);
  return { action: 'reply', quoted_text: repliedTo, link_title: null, prefill };
}

/** The element holding the title of the link card the site shows inside the composer, if any. */
export function linkCard(site, scope) {
  if (!site.composer.linkPreview?.length) return null;
  return queryVisible(scope, site.composer.linkPreview, site.shadowHosts);
}

/** An element's text as the scorer takes it: spaces folded, capped. */
export const textOf = (el) => clean(el?.textContent);

/**
 * On a share-intent page (a news site's "Share on X" button), the text the site put into the
 * composer: the intent's parameters, one per line. It is not the writer's own.
 */
export function intentPrefill(site, query = new URLSearchParams(location.search)) {
  const intent = shareIntent(site);
  if (!intent) return null;
  const values = intent.params.map((name) => query.get(name)).filter(Boolean);
  return values.length ? values.join('\n').slice(0, MAX_TEXT) : null;
}

/** The share intent this page is, if it is one: its composer may open with a link attached. */
export const shareIntent = (site) => site.composer.intents?.find((i) => location.pathname.replace(/\/$/, '') === i.path.replace(/\/$/, ''));

/**
 * Whether a draft may hold a link the site makes a card of: with a scheme, `www.`, or a bare domain
 * (`nytimes.com/…`), as the sites link them. A false alarm costs only a query per key.
 */
export const holdsLink = (text) => /https?:\/\/\S|\bwww\.\S|\b[a-z\d-]+\.[a-z]{2,6}(?:\/|\b)/i.test(text);

/** Remembers what the user pasted into a composer (the latest spans), for the scorer. */
export function rememberPaste(composer, event) {
  const text = event.clipboardData?.getData('text/plain')?.trim();
  if (!text) return;
  composer.pasted = [...(composer.pasted ?? []), text.slice(0, MAX_TEXT)].slice(-MAX_PASTED);
}
