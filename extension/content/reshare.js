// Stops a blind reshare the user starts (click, Enter/Space, or the site's hotkey), asks the policy
// what to show, and then does exactly what the user chooses — the original reshare at most once.
// A blind reshare is a menu's confirm item (Repost, Boost), a one-click control on the post itself
// (`direct`: Mastodon's Boost without a menu; Shift-click on its menu trigger), or posting a quote
// composer with nothing added (Reddit's crosspost, Facebook's share sheet).
import { closestComposed, controlOnPath, isVisible, matchesAny, queryAllDeep, queryVisible, textMatches, waitFor } from './dom.js';
import { showNudge } from './nudge.js';
import { t } from '../shared/i18n.js';

const EDITABLE = ['input, textarea, [contenteditable=""], [contenteditable="true"]'];
const CONTROLS = 'button, a[href], [role="button"], [role="menuitem"]';
// The site may ask to confirm the reshare it was replayed (Mastodon's "Boost post?"): how long to
// look for that after replaying, and how long the user's own click there then goes through.
const SITE_CONFIRM_MS = 400;
const PASS_MS = 20_000;

export function createReshareGuard({ site, settings, policy, events, quoteIntent, linksOpened, onMute }) {
  const rs = site.reshare;
  let lastTrigger = null;
  let open = null; // the nudge on screen
  let passUntil = 0; // the site asks to confirm a reshare the user already chose: let it through

  const blindOn = (path) => controlOnPath(path, rs.direct, [], []) ?? controlOnPath(path, rs.confirm, rs.confirmText, rs.menu);

  function postOf(node) {
    return node && closestComposed(node, site.post);
  }

  function linkIn(post) {
    return post ? queryAllDeep(post, site.postLink, site.shadowHosts)[0] ?? null : null;
  }

  /**
   * Activation of a reshare control, from click/keydown/hotkey: counted in gentle mode, held in pause
   * mode. `addThought` replaces opening the quote composer when the user is already in one.
   */
  function onActivate(event, control, replay, addThought = null) {
    const mode = settings().mode;
    if (mode === 'off') return;
    if (mode === 'gentle') return void events.send('reshare_blind');
    event.preventDefault();
    event.stopImmediatePropagation();
    if (open && !open.settled()) return;
    // A menu's item stands for the control that opened the menu; a one-click control for itself.
    const anchor = !matchesAny(control, rs.direct) && lastTrigger?.isConnected ? lastTrigger : control;
    const post = postOf(anchor) ?? postOf(control);
    decideAndShow({ anchor, post, link: linkIn(post), replay, addThought });
  }

  /** What the quote composer about to open will quote, for the scorer's copied-text check. */
  function rememberQuote(post, link) {
    quoteIntent.set({ quotedText: post?.textContent?.trim().slice(0, 2000) ?? null, linkTitle: link?.textContent?.trim() || null });
  }

  async function decideAndShow(ctx) {
    let decision;
    try {
      decision = await policy({
        action: 'reshare',
        mode: 'pause',
        level: null,
        has_link: Boolean(ctx.link),
        link_opened: Boolean(ctx.link && linksOpened.has(ctx.link.href)),
        read_first_enabled: settings().read_first,
      });
    } catch (error) {
      // Never stand between the user and what they chose: without a decision, let it through.
      console.warn('[Second Thought] no nudge decision; letting the reshare through', error);
      decision = { form: 'none', intercept: false };
    }
    if (!decision.intercept) return reshare(ctx);
    events.send('nudge_shown');
    open = showNudge(ctx.anchor, content(decision), (action) => choose(action, ctx), openMenu());
  }

  function content(decision) {
    const lines = [];
    if (decision.changed) lines.push({ text: t(`nudge_changed_${decision.changed}`) });
    if (decision.why?.id === 'burst') lines.push({ text: t('nudge_why_burst', [String(decision.why.count), String(decision.why.minutes)]), strong: true });
    if (decision.form === 'pause') lines.push({ text: t(`nudge_body_${decision.variant ?? 0}`) });
    const actions = [
      { action: 'add-thought', label: t('action_add_thought'), primary: true },
      { action: 'share-anyway', label: t('action_share_anyway') },
      decision.read_first && { action: 'read-first', label: t('action_read_first') },
      { action: 'mute-site', label: t('action_mute_site', [site.name]) },
    ].filter(Boolean);
    return { form: decision.form, intercept: true, title: t(`nudge_title_${decision.variant ?? 0}`), lines, actions };
  }

  async function choose(action, ctx) {
    if (action === 'dismiss') return restoreFocus(ctx);
    events.send(action.replaceAll('-', '_'));
    if (action === 'share-anyway') {
      await reshare(ctx);
    } else if (action === 'add-thought') {
      await (ctx.addThought ? ctx.addThought() : openQuote(ctx));
    } else if (action === 'read-first' && ctx.link) {
      linksOpened.add(ctx.link.href);
      ctx.link.click();
    } else if (action === 'mute-site') {
      onMute();
    }
  }

  /**
   * Does the reshare the user chose, once, and counts it once it is done: if the site then asks to
   * confirm it (a modal), the user's click there goes through and is counted instead.
   */
  async function reshare(ctx) {
    const before = new Set(queryAllDeep(document, rs.confirm, site.shadowHosts));
    if (!(await ctx.replay())) return;
    // A confirm control that was not there before, outside any menu (a menu re-rendering its items
    // as it closes is not the site asking).
    const fresh = () => queryAllDeep(document, rs.confirm, site.shadowHosts).find((c) => !before.has(c) && isVisible(c) && !closestComposed(c, rs.menu));
    if (await waitFor(fresh, SITE_CONFIRM_MS)) passUntil = performance.now() + PASS_MS;
    else events.send('reshare_blind');
  }

  /** The user confirms, in the site's own dialog, a reshare they already chose in ours. */
  function passes(control) {
    if (performance.now() > passUntil || matchesAny(control, rs.direct)) return false;
    passUntil = 0;
    events.send('reshare_blind');
    return true;
  }

  const openMenu = () => queryVisible(document, rs.menu, site.shadowHosts);

  /** Gentle mode: a quiet suggestion beside the control as its menu opens; it never stops anything. */
  async function hint(trigger) {
    if (open && !open.settled()) return;
    // The site opens its menu after this click: wait for it, so the hint goes beside it, not over it.
    const menu = await waitFor(openMenu, 400);
    if (open && !open.settled()) return;
    const post = postOf(trigger);
    const ctx = { anchor: trigger, post, link: linkIn(post) };
    const actions = [
      { action: 'add-thought', label: t('action_add_thought'), primary: true },
      { action: 'dismiss', label: t('action_not_now') },
    ];
    open = showNudge(trigger, { form: 'hint', intercept: false, title: t('hint_title'), lines: [], actions }, (action) => {
      if (action === 'add-thought') choose(action, ctx);
    }, menu);
  }

  function restoreFocus(ctx) {
    if (ctx.anchor?.isConnected) ctx.anchor.focus({ preventScroll: true });
  }

  async function openQuote(ctx) {
    rememberQuote(ctx.post, ctx.link);
    const control = await findQuote(ctx);
    if (control) return control.click();
    // No quote posts here (Mastodon 4.4): the user's own composer, to write the thought in.
    queryVisible(document, site.composer.editor, site.shadowHosts)?.focus();
  }

  /** The quote control: in an open menu, on the post, or in the menu that holds it, opened again. */
  async function findQuote(ctx) {
    const inMenu = () => queryVisible(document, rs.quote, site.shadowHosts) ?? quoteByText();
    const found = inMenu() ?? (ctx.post && queryAllDeep(ctx.post, rs.quote, site.shadowHosts)[0]);
    if (found) return found;
    // The reshare menu the nudge came from, or (for a one-click control) the post's menu that holds
    // Quote (Mastodon with quick boosting: its "More" menu).
    const fromMenu = !matchesAny(ctx.anchor, rs.direct) && lastTrigger?.isConnected ? lastTrigger : null;
    const opener = fromMenu ?? (ctx.post && queryAllDeep(ctx.post, rs.quoteMenu ?? [], site.shadowHosts)[0]);
    if (!opener) return null;
    opener.click();
    return waitFor(inMenu);
  }

  // A quote item marked only by its text (Mastodon's "More" menu).
  function quoteByText() {
    const menus = queryAllDeep(document, rs.menu, site.shadowHosts).filter(isVisible);
    return menus.flatMap((m) => [...m.querySelectorAll(CONTROLS)]).find((c) => textMatches(c, rs.quoteText)) ?? null;
  }

  /**
   * Replays the user's click once (untrusted, so our own listener lets it through), reopening the
   * menu if it closed meanwhile. `init` carries the click's modifiers (Shift-click boosts at once).
   */
  function replayClick(control, clicked = control, init = {}) {
    let done = false;
    return async () => {
      if (done) return false;
      done = true;
      // The element the user clicked, where the site may listen (inside a web component's button).
      let target = clicked.isConnected ? clicked : control.isConnected ? control : null;
      if (!target && lastTrigger?.isConnected) {
        lastTrigger.click();
        target = await waitFor(() => queryVisible(document, rs.confirm, site.shadowHosts));
      }
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window, ...init }));
      return Boolean(target);
    };
  }

  /**
   * Replays a hotkey once: keydown, keypress and keyup, since sites bind one or another (Mastodon 4.5
   * keydown, 4.4 keypress through Mousetrap, which reads the character code).
   */
  function replayKey(event) {
    const { key, code, shiftKey } = event;
    const target = event.target;
    let done = false;
    return async () => {
      if (done || !target.isConnected) return false;
      done = true;
      target.focus({ preventScroll: true });
      const charCode = key.length === 1 ? key.charCodeAt(0) : 0;
      for (const type of ['keydown', 'keypress', 'keyup']) {
        const codes = type === 'keypress' ? { charCode, keyCode: charCode, which: charCode } : { keyCode: event.keyCode, which: event.keyCode };
        target.dispatchEvent(new KeyboardEvent(type, { key, code, shiftKey, bubbles: true, cancelable: true, composed: true, ...codes }));
      }
      return true;
    };
  }

  function onClick(event) {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    const trigger = !controlOnPath(path, rs.direct, [], []) && controlOnPath(path, rs.trigger, [], []);
    if (trigger && event.shiftKey && rs.shiftReshares) {
      // Shift-click on Mastodon's "Boost or quote" boosts at once, without its menu.
      return onActivate(event, trigger, replayClick(trigger, path[0], { shiftKey: true }));
    }
    if (trigger) {
      lastTrigger = trigger;
      if (settings().mode === 'gentle') hint(trigger);
      return;
    }
    const quote = controlOnPath(path, rs.quote, rs.quoteText, rs.menu);
    if (quote) {
      const post = postOf(lastTrigger) ?? postOf(quote);
      rememberQuote(post, linkIn(post));
      return;
    }
    const link = path.find((n) => n instanceof HTMLAnchorElement && matchesAny(n, site.postLink));
    if (link) linksOpened.add(link.href);
    const blind = blindOn(path);
    if (blind && !passes(blind)) onActivate(event, blind, replayClick(blind));
  }

  /** Every key typed anywhere comes here: most are decided from the key and target alone. */
  function ignoresKey(event) {
    if (!event.isTrusted || event.ctrlKey || event.metaKey || event.altKey) return true;
    const ours = event.key === 'Enter' || event.key === ' ' || rs.hotkeys.some((h) => h.key === event.key);
    // A key typed into a text field is text: not a press on a menu item, not the site's hotkey.
    return !ours || matchesAny(event.target, EDITABLE);
  }

  function onKeydown(event) {
    if (ignoresKey(event)) return;
    const activates = event.key === 'Enter' || event.key === ' ';
    const hotkey = activates ? null : rs.hotkeys.find((h) => h.key === event.key);
    const path = event.composedPath();
    if (activates) {
      // Enter or Space typed into a text field is text, not a press on a menu item.
      if (matchesAny(path[0], EDITABLE)) return;
      const blind = blindOn(path);
      if (blind && !passes(blind)) onActivate(event, blind, replayClick(blind));
      return;
    }
    if (path.some((n) => matchesAny(n, EDITABLE))) return;
    const within = path.find((n) => matchesAny(n, hotkey.within));
    if (!within) return;
    const anchor = queryAllDeep(within, hotkey.anchor ?? rs.trigger, site.shadowHosts)[0] ?? within;
    lastTrigger = anchor;
    onActivate(event, anchor, replayKey(event));
  }

  /** Posting a quote composer with nothing added: held like a blind reshare; Add a thought returns to the editor. */
  function onEmptyQuote(event, composer) {
    const button = composer.postButton ?? event.composedPath()[0];
    onActivate(event, button, replayClick(button, event.composedPath()[0]), () => composer.editor.focus());
  }

  return {
    onClick,
    onKeydown,
    onEmptyQuote,
    ignoresKey,
    destroy: () => open?.close(),
  };
}
