// Finds the composer the user is working in (on focus or input, never by scanning the page), puts a
// chip beside its post button, and re-scores on every change the editor makes, however it reports it.
import { matchesAny, queryAllDeep, controlOnPath, isVisible, parentComposed, closestComposed } from './dom.js';
import { readDraft } from './text.js';
import { createChip } from './chip.js';
import { pairPostButton } from './pairing.js';

const DEBOUNCE_MS = 60;
const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export function createComposers({ site, scorer, quoteIntent, onError, alive = () => true }) {
  const byEditor = new Map();
  let unknownEditable = null; // the last text box the user typed in that the site table does not know

  function contextOf(composer) {
    const embed = queryAllDeep(composer.scope, site.composer.quoteEmbed, site.shadowHosts).find((e) => !e.contains(composer.editor));
    const pending = quoteIntent.take();
    const quoted = embed?.textContent?.trim() || pending?.quotedText || null;
    const button = composer.postButton;
    const label = button ? `${button.textContent} ${button.getAttribute('aria-label') ?? ''}` : '';
    // A composer opened to reshare a post: inside the site's share sheet (Facebook's), or on a page
    // whose address says so (Reddit's `?source_id=`).
    const opened = new URLSearchParams(location.search);
    const sheet = site.composer.quoteScope && closestComposed(composer.editor, site.composer.quoteScope);
    const reshares = quoted || pending || sheet || site.composer.quoteParams?.some((name) => opened.has(name));
    const action = reshares ? 'quote' : /reply/i.test(label) ? 'reply' : 'post';
    return { action, quoted_text: quoted, link_title: pending?.linkTitle ?? null };
  }

  function attach(editor) {
    const found = pairPostButton(editor, site);
    const chip = createChip();
    const anchor = found.postButton ?? outsideEditable(editor);
    // In a web component, a light-DOM child renders only through a slot: share the anchor's.
    if (anchor.slot) chip.host.slot = anchor.slot;
    // Beside the post button, where the user looks before posting; without one, after the editor.
    if (found.postButton) anchor.before(chip.host);
    else anchor.after(chip.host);
    const composer = { editor, ...found, chip, report: null, text: null, timer: 0, due: 0, version: 0 };
    composer.context = contextOf(composer);
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
    if (text === composer.text && composer.report) return; // caret moves and re-renders change no words
    composer.text = text;
    const version = ++composer.version;
    try {
      const draft = text ? { text, context: composer.context } : null;
      const report = draft && (scorer.scoreNow(draft) ?? (await scorer.score(draft)));
      if (version !== composer.version) return; // a newer keystroke already superseded this one
      composer.report = report;
      composer.chip.show(report, text);
    } catch (error) {
      // Never leave an old level on screen (or count a post at it): show nothing until scoring works.
      composer.report = null;
      composer.text = null;
      composer.chip.show(null, '');
      onError('scoring unavailable', error);
    }
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
    if (composer && event.type !== 'focusin') schedule(composer, event.type === 'input' ? DEBOUNCE_MS : 0);
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
