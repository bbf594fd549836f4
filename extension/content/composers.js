// Finds the composer the user is working in (on focus or input, never by scanning the page), puts a
// chip beside its post button, and re-scores on every change the editor makes, however it reports it.
import { matchesAny, queryAllDeep, controlOnPath, textMatches } from './dom.js';
import { readDraft } from './text.js';
import { createChip } from './chip.js';

const DEBOUNCE_MS = 60;
const SCOPE_DEPTH = 14;

export function createComposers({ site, scorer, quoteIntent, onError, alive = () => true }) {
  const byEditor = new Map();

  function scopeOf(editor) {
    let node = editor;
    for (let i = 0; i < SCOPE_DEPTH && node; i++) {
      node = node.parentElement ?? node.getRootNode?.().host ?? null;
      if (!node) break;
      const button = queryAllDeep(node, site.composer.postButton, site.shadowHosts)[0] ?? byText(node);
      if (button) return { scope: node, postButton: button };
    }
    return null;
  }

  // Some sites' post button has no test id or label, only its text ("Post").
  function byText(node) {
    return [...node.querySelectorAll('button, [role="button"]')].find((b) => textMatches(b, site.composer.postButtonText)) ?? null;
  }

  function contextOf(composer) {
    const embed = queryAllDeep(composer.scope, site.composer.quoteEmbed, site.shadowHosts).find((e) => !e.contains(composer.editor));
    const pending = quoteIntent.take();
    const quoted = embed?.textContent?.trim() || pending?.quotedText || null;
    const label = `${composer.postButton.textContent} ${composer.postButton.getAttribute('aria-label') ?? ''}`;
    const action = quoted || pending ? 'quote' : /reply/i.test(label) ? 'reply' : 'post';
    return { action, quoted_text: quoted, link_title: pending?.linkTitle ?? null };
  }

  function attach(editor) {
    const found = scopeOf(editor);
    if (!found) return null;
    const chip = createChip();
    // In a web component, a light-DOM child renders only through a slot: share the button's.
    if (found.postButton.slot) chip.host.slot = found.postButton.slot;
    found.postButton.before(chip.host);
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
    const editor = event.composedPath().find((n) => matchesAny(n, site.composer.editor));
    if (!editor) return;
    prune();
    const composer = byEditor.get(editor) ?? attach(editor);
    if (composer && event.type !== 'focusin') schedule(composer, event.type === 'input' ? DEBOUNCE_MS : 0);
  }

  /** The composer whose post button is on this event's path, with its latest report. */
  function postedFrom(path) {
    const button = controlOnPath(path, site.composer.postButton, site.composer.postButtonText, []);
    if (!button) return null;
    for (const composer of byEditor.values()) {
      if (composer.postButton === button || composer.scope.contains(button)) return composer;
    }
    return null;
  }

  return {
    onEditorEvent,
    onTyping,
    postedFrom,
    found: () => byEditor.size > 0 || queryAllDeep(document, site.composer.editor, site.shadowHosts).length > 0,
    scoreNow: (composer) => rescore(composer).then(() => composer.report),
    destroy: () => [...byEditor.values()].forEach(detach),
  };
}
