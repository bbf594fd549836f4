// The content script. It asks the background what this page is and how the user set it; on a site
// that is off it adds nothing to the page and does no work until the setting changes.
import { ask } from '../shared/messages.js';
import { createScorer } from './scorer.js';
import { createComposers } from './composers.js';
import { createReshareGuard } from './reshare.js';
import { siteById } from '../sites/index.js';
import { pageHealth } from './health.js';
import { diagnose } from './diagnostic.js';
import { createOutbox } from './outbox.js';

const QUOTE_INTENT_MS = 30_000;

let session = null;

async function refresh() {
  try {
    const page = await ask('page-state', { origin: location.origin });
    watchSnooze(Boolean(page?.effective.snoozed));
    const active = page && page.effective.mode !== 'off';
    if (!active) return stop();
    if (session && session.key === page.key) return (session.effective = page.effective);
    stop();
    session = start(page);
  } catch (error) {
    logOnce('could not start', error);
  }
}

// A snooze ends by the clock, which fires no storage event: look again when the user comes back to
// the tab, rather than keep a timer running on a page the user switched off.
let watchingSnooze = false;
function watchSnooze(snoozed) {
  if (snoozed === watchingSnooze) return;
  watchingSnooze = snoozed;
  const method = snoozed ? 'addEventListener' : 'removeEventListener';
  window[method]('focus', refresh);
  document[method]('visibilitychange', refresh);
}

function stop() {
  session?.destroy();
  session = null;
}

let logged = false;
function logOnce(what, error) {
  if (logged) return;
  logged = true;
  console.warn(`[Second Thought] ${what}; the page is left as it was.`, error);
}

/** False once the extension was updated or removed: this copy of the script is orphaned and steps aside. */
function alive() {
  if (chrome.runtime?.id) return true;
  stop();
  return false;
}

/**
 * Runs a listener so that nothing it throws can reach the page. `quick`, for events that come with
 * every keystroke, handles the common case cheaply and says so: nothing that can touch the page,
 * so it skips the orphan check, which is an extension API call.
 */
const guarded = (fn, quick) => (event) => {
  try {
    if (quick?.(event) || !alive()) return;
    fn(event);
  } catch (error) {
    logOnce('a handler failed', error);
  }
};

function start(page) {
  const site = siteById(page.site);
  const state = { key: page.key, effective: page.effective, problem: null };
  const outbox = createOutbox({ deliver: (event) => ask('event', { event }), onDropped: (e) => logOnce('could not record a count', e) });
  const send = (kind, extra = {}) => outbox.send({ kind, site: page.key, at_ms: Date.now(), tz_offset_min: -new Date().getTimezoneOffset(), ...extra });
  const quoteIntent = {
    pending: null,
    set(value) { this.pending = { ...value, at: Date.now() }; },
    take() {
      const p = this.pending;
      this.pending = null;
      return p && Date.now() - p.at < QUOTE_INTENT_MS ? p : null;
    },
  };
  const scorer = createScorer();
  const onError = (problem, error) => {
    state.problem = problem;
    logOnce(problem, error);
  };
  const composers = createComposers({ site, scorer, quoteIntent, onError, alive });
  const guard = createReshareGuard({
    site,
    settings: () => state.effective,
    policy: (input) => ask('decide', { site: page.key, input }),
    events: { send },
    quoteIntent,
    linksOpened: new Set(),
    onMute: () => ask('intent', { intent: { type: 'set_mode', site: page.key, mode: 'off' } }).catch((e) => logOnce('could not mute', e)),
  });

  const onPost = (event) => {
    if (!event.isTrusted) return;
    const composer = composers.postedFrom(event.composedPath());
    if (!composer) return;
    if (composers.isEmptyQuote(composer)) return guard.onEmptyQuote(event, composer);
    // Score what is there now, without delaying the site's own handling of the click.
    const kind = { quote: 'quote_posted', reply: 'reply_sent' }[composer.context.action] ?? 'post_sent';
    composers.scoreNow(composer).then((report) => {
      if (report) send(kind, { level: report.level });
    });
  };
  const listeners = [
    ['focusin', composers.onEditorEvent],
    ['input', composers.onEditorEvent, composers.onTyping],
    ['paste', composers.onEditorEvent],
    ['compositionend', composers.onEditorEvent],
    ['click', guard.onClick],
    ['click', onPost],
    ['keydown', guard.onKeydown, guard.ignoresKey],
  ].map(([type, fn, quick]) => [type, guarded(fn, quick)]);
  for (const [type, fn] of listeners) window.addEventListener(type, fn, true);
  guarded(composers.adoptFocused)();

  return {
    key: page.key,
    get effective() { return state.effective; },
    set effective(value) { state.effective = value; },
    async health() {
      if (state.problem) return state.problem;
      if ((await scorer.where()) !== 'here' && !(await ask('score', { draft: { text: 'ok' } }).catch(() => null))) return 'scoring unavailable';
      return pageHealth({ site, composers });
    },
    async diagnostic() {
      return diagnose(site, await this.health());
    },
    destroy() {
      for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
      guard.destroy();
      composers.destroy(); // counts still waiting in the outbox go out all the same
    },
  };
}

function boot() {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) refresh();
  });
  // The popup asks, through the worker, how this page is doing and (on a problem) for a diagnostic.
  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type !== 'health' && message?.type !== 'diagnostic') return false;
    const answer = session ? session[message.type]() : Promise.resolve(message.type === 'health' ? 'off' : null);
    answer.then((value) => reply({ ok: true, value }), (e) => reply({ ok: false, error: String(e) }));
    return true;
  });
  refresh();
}

// After an update the worker injects this script into tabs already open, where the old copy has
// stepped aside (its runtime is gone); a page gets one live copy, never two.
if (!globalThis.secondThoughtAlive?.()) {
  globalThis.secondThoughtAlive = () => Boolean(chrome.runtime?.id);
  boot();
}
