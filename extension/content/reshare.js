// Stops a blind reshare the user starts (click, Enter/Space, or the site's hotkey), asks the policy
// what to show, and then does exactly what the user chooses — the original reshare at most once.
import { closestComposed, controlOnPath, matchesAny, queryAllDeep, queryVisible, waitFor } from './dom.js';
import { showNudge } from './nudge.js';
import { t } from '../shared/i18n.js';

const EDITABLE = ['input, textarea, [contenteditable=""], [contenteditable="true"]'];

export function createReshareGuard({ site, settings, policy, events, quoteIntent, linksOpened, onMute }) {
  const rs = site.reshare;
  let lastTrigger = null;
  let open = null; // the nudge on screen

  const confirmOn = (path) => controlOnPath(path, rs.confirm, rs.confirmText, rs.menu);

  function postOf(node) {
    return node && closestComposed(node, site.post);
  }

  function linkIn(post) {
    return post ? queryAllDeep(post, site.postLink, site.shadowHosts)[0] ?? null : null;
  }

  /** Activation of a reshare control, from click/keydown/hotkey: counted in gentle mode, held in pause mode. */
  function onActivate(event, control, replay) {
    const mode = settings().mode;
    if (mode === 'off') return;
    if (mode === 'gentle') return void events.send('reshare_blind');
    event.preventDefault();
    event.stopImmediatePropagation();
    if (open && !open.settled()) return;
    const anchor = lastTrigger?.isConnected ? lastTrigger : control;
    const post = postOf(anchor) ?? postOf(control);
    decideAndShow({ anchor, post, link: linkIn(post), replay });
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
    if (!decision.intercept) {
      if (await ctx.replay()) events.send('reshare_blind');
      return;
    }
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
      if (await ctx.replay()) events.send('reshare_blind');
    } else if (action === 'add-thought') {
      await openQuote(ctx);
    } else if (action === 'read-first' && ctx.link) {
      linksOpened.add(ctx.link.href);
      ctx.link.click();
    } else if (action === 'mute-site') {
      onMute();
    }
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
    const inMenu = () => queryVisible(document, rs.quote, site.shadowHosts);
    let control = inMenu() ?? (ctx.post && queryAllDeep(ctx.post, rs.quote, site.shadowHosts)[0]);
    if (!control && lastTrigger?.isConnected) {
      lastTrigger.click();
      control = await waitFor(inMenu);
    }
    control?.click();
  }

  /** Replays a click on the confirm control, reopening the menu if it closed meanwhile. */
  function replayClick(control) {
    let done = false;
    return async () => {
      if (done) return false;
      done = true;
      let target = control.isConnected ? control : null;
      if (!target && lastTrigger?.isConnected) {
        lastTrigger.click();
        target = await waitFor(() => queryVisible(document, rs.confirm, site.shadowHosts));
      }
      target?.click(); // untrusted, so our own listener lets it through
      return Boolean(target);
    };
  }

  function onClick(event) {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    const trigger = controlOnPath(path, rs.trigger, [], []);
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
    const confirm = confirmOn(path);
    if (confirm) onActivate(event, confirm, replayClick(confirm));
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
      const confirm = confirmOn(path);
      if (confirm) onActivate(event, confirm, replayClick(confirm));
      return;
    }
    if (path.some((n) => matchesAny(n, EDITABLE))) return;
    const within = path.find((n) => matchesAny(n, hotkey.within));
    if (!within) return;
    const anchor = queryAllDeep(within, hotkey.anchor ?? rs.trigger, site.shadowHosts)[0] ?? within;
    lastTrigger = anchor;
    const target = event.target;
    let done = false;
    onActivate(event, anchor, async () => {
      if (done || !target.isConnected) return false;
      done = true;
      target.focus({ preventScroll: true });
      target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, code: event.code, bubbles: true, composed: true }));
      return true;
    });
  }

  return {
    onClick,
    onKeydown,
    ignoresKey,
    destroy: () => open?.close(),
    found: () => queryAllDeep(document, [...rs.trigger, ...rs.confirm], site.shadowHosts).length > 0,
  };
}
