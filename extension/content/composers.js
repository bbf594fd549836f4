// Finds the composer the user is working in (on focus or input, never by scanning the page), puts a
// chip beside its post button, and re-scores on every change the editor makes, however it reports it.
import { matchesAny, queryAllDeep, controlOnPath, isVisible, parentComposed, closestComposed } from './dom.js';
import { readDraft } from './text.js';
import { createChip } from './chip.js';
import { pairPostButton } from './pairing.js';
import { openingContext, linkCard, textOf, rememberPaste, shareIntent, holdsLink } from './context.js';

const DEBOUNCE_MS = 60;
const CARD_LOOKS = 4;
const CARD_LOOK_MS = 600;
const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export function createComposers({ site, scorer, quoteIntent, onError, alive = () => true }) {
  const byEditor = new Map();
  let unknownEditable = null; // the last text box the user typed in that the site table does not know

  // Beside the post button, where the user looks before posting; without one, after the editor.
  function place(composer) {
    const { host } = composer.chip;
    const anchor = composer.postButton ?? outsideEditable(composer.editor);
    // In a web component, a light-DOM child renders only through a slot: share the anchor's.
    if (anchor.slot) host.slot = anchor.slot;
    else host.removeAttribute('slot');
    if (composer.postButton) anchor.before(host);
    else anchor.after(host);
  }

  // Some sites create the post button only once there is text (LinkedIn's comment box): look again.
  function pairAgain(composer) {
    const found = pairPostButton(composer.editor, site);
    if (!found.postButton) return;
    Object.assign(composer, found);
    place(composer);
  }

  function attach(editor) {
    const found = pairPostButton(editor, site);
    const chip = createChip();
    const composer = { editor, ...found, chip, report: null, seen: null, timer: 0, due: 0, version: 0, cardLooks: 0, card: null, pasted: null, live: null };
    place(composer);
    composer.context = openingContext(site, { editor, scope: found.scope, button: found.postButton, pending: quoteIntent.take() });
    // A link card follows a link: one the composer opened with (a share intent, a reshare) or, later,
    // one typed or pasted into the draft (see liveContext).
    composer.linked = composer.context.action === 'quote' || Boolean(shareIntent(site));
    // Some editors (Draft.js) update the DOM from their own state without a native input event.
    composer.observer = new MutationObserver(() => schedule(composer));
    composer.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    byEditor.set(editor, composer);
    schedule(composer, 0);
    return composer;
  }

  function detach(composer) {
    clearTimeout(composer.timer);
    composer.timer = 0;
    composer.observer.disconnect();
    composer.chip.remove();
    byEditor.delete(composer.editor);
  }

  function prune() {
    for (const composer of byEditor.values()) {
      if (!composer.editor.isConnected || !composer.chip.host.isConnected) detach(composer);
    }
  }

  // A debounce that does not re-arm a timer on every change (an input event and a mutation record
  // per keystroke): a change only moves the deadline, and the timer, when it fires early, waits
  // out the rest.
  function schedule(composer, delay = DEBOUNCE_MS) {
    const due = performance.now() + delay;
    if (composer.timer && due >= composer.due) {
      composer.due = due;
      return;
    }
    clearTimeout(composer.timer);
    composer.due = due;
    composer.timer = setTimeout(() => fire(composer), delay);
  }

  function fire(composer) {
    const left = composer.due - performance.now();
    if (left > 1) {
      composer.timer = setTimeout(() => fire(composer), left);
      return;
    }
    composer.timer = 0;
    if (alive()) rescore(composer); // typing reached here without the orphan check
  }

  async function rescore(composer) {
    if (!composer.editor.isConnected) return detach(composer);
    const text = readDraft(composer.editor);
    const link = holdsLink(text);
    const context = liveContext(composer, text, link);
    const seen = `${text}\n${context.link_title}`;
    if (seen === composer.seen && composer.report) return; // caret moves and re-renders change no words
    composer.seen = seen;
    if (!composer.postButton && text) pairAgain(composer);
    lookForCard(composer, text, link, context);
    const version = ++composer.version;
    try {
      // A composer opened with a link attached and no words yet (a sharer's card, Reddit's prefilled
      // title and link) would post the link alone: that is scored too, so the chip says so.
      const attached = Boolean(context.link_title || context.prefill);
      const draft = text || attached ? { text, context } : null;
      const report = draft && (scorer.scoreNow(draft) ?? (await scorer.score(draft)));
      if (version !== composer.version) return; // a newer keystroke already superseded this one
      composer.report = report;
      composer.chip.show(report);
    } catch (error) {
      // Never leave an old level on screen (or count a post at it): show nothing until scoring works.
      composer.report = null;
      composer.seen = null;
      composer.chip.show(null);
      onError('scoring unavailable', error);
    }
  }

  // The site fetches its link card a moment after a URL is typed, or after a sharer opened the
  // composer empty with the link attached, with no change in the editor to tell us: look again a
  // few times.
  function lookForCard(composer, text, link, context) {
    if (!site.composer.linkPreview?.length || context.link_title || (text && !link)) return (composer.cardLooks = 0);
    if (composer.cardLooks++ < CARD_LOOKS) schedule(composer, CARD_LOOK_MS);
  }

  // The context as it is now: the site's link card comes and goes as the user types a URL. The card
  // found last time is kept while the site keeps it, so a keystroke forces no layout. Without one,
  // it is looked for only where one can be: while the draft is empty (a sharer that opened it with
  // the link attached), or once it has held a link. A query on every key cost ~0.05 ms of each
  // rescore on X, for drafts that have no link at all (docs/performance.md, issue 17). The object
  // is rebuilt only when the title or the pasted spans change, not on every key; the spans go as a
  // list, which shared/report.js joins where the draft crosses into wasm. `link`: holdsLink(text).
  function liveContext(composer, text, link) {
    composer.linked ||= link;
    if (!composer.card?.isConnected) composer.card = composer.linked || !text ? linkCard(site, composer.scope) : null;
    const { context, pasted } = composer;
    const title = textOf(composer.card) ?? context.link_title;
    if (composer.live?.link_title !== title) {
      composer.live = title === context.link_title && !pasted ? context : { ...context, link_title: title, pasted };
    }
    return composer.live;
  }

  /**
   * Typing in a composer already known: the input event's target is its editor (unless that is in a
   * shadow root), so there is no path to walk. True when handled; a chip the site re-rendered away
   * is left to onEditorEvent.
   */
  function onTyping(event) {
    const known = byEditor.get(event.target);
    if (!known || !known.chip.host.isConnected) return false;
    schedule(known);
    return true;
  }

  /** Called for focusin / input / paste / compositionend seen at window capture. */
  function onEditorEvent(event) {
    const path = event.composedPath();
    const editor = path.find((n) => matchesAny(n, site.composer.editor));
    if (!editor) {
      if (event.type !== 'focusin' && matchesAny(path[0], [EDITABLE])) unknownEditable = path[0];
      return;
    }
    prune();
    const composer = byEditor.get(editor) ?? attach(editor);
    if (event.type === 'paste') {
      rememberPaste(composer, event);
      composer.live = null; // the next score takes the new span
      composer.linked = true; // and the site may make a card of a pasted link, then drop its text
    }
    if (event.type !== 'focusin') schedule(composer, event.type === 'input' ? DEBOUNCE_MS : 0);
  }

  /**
   * An editor that had the focus before this script ran (a sharer page's composer, an autofocused
   * box) sent its focusin too early to be seen: take it up as if it were focused now.
   */
  function adoptFocused() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const editor = active && closestComposed(active, site.composer.editor);
    if (editor && !byEditor.has(editor)) attach(editor);
  }

  /** The composer whose post button is on this event's path, with its latest report. */
  function postedFrom(path) {
    for (const composer of byEditor.values()) {
      if (composer.postButton && path.includes(composer.postButton)) return composer;
    }
    const button = controlOnPath(path, site.composer.postButton, [], []);
    if (!button) return null;
    for (const composer of byEditor.values()) {
      if (!composer.postButton && composer.scope.contains(button)) return composer;
    }
    // Posted without ever touching the editor (Facebook's share sheet: Share now, box left empty).
    const editor = queryAllDeep(document, site.composer.editor, site.shadowHosts).find((e) => isVisible(e) && pairPostButton(e, site).postButton === button);
    return editor ? attach(editor) : null;
  }

  /**
   * What stops a chip from showing where the user writes, or null: an open composer whose post
   * button cannot be paired, or a text box the user typed in, beside a post button, that the site
   * table does not recognise as an editor. No composer open is not a fault.
   */
  function problem() {
    const open = queryAllDeep(document, site.composer.editor, site.shadowHosts).filter(isVisible);
    if (open.some((editor) => !(byEditor.get(editor) ?? pairPostButton(editor, site)).postButton)) return 'post button not found';
    if (unknownEditable?.isConnected && !open.length && nearPostButton(unknownEditable)) return 'editor not found';
    return null;
  }

  function nearPostButton(editable) {
    const boundary = pairPostButton(editable, { ...site, composer: { ...site.composer, postButtonText: [] } });
    return Boolean(boundary.postButton);
  }

  return {
    adoptFocused,
    onEditorEvent,
    onTyping,
    postedFrom,
    /** A quote with nothing added is a reshare in all but name (Reddit's crosspost, Bluesky's empty quote). */
    isEmptyQuote: (composer) => composer.context.action === 'quote' && !readDraft(composer.editor),
    problem,
    scoreNow: (composer) => rescore(composer).then(() => composer.report),
    destroy: () => [...byEditor.values()].forEach(detach),
  };
}

/** The editor, or the outermost editable around it: the chip must never land inside editable text. */
function outsideEditable(editor) {
  let node = editor;
  for (let up = parentComposed(node); up?.isContentEditable; up = parentComposed(up)) node = up;
  return node;
}
