// The toolbar popup. One snapshot from the background, rendered in one pass; every control sends
// one intent and the panel re-renders from a fresh snapshot, so it can never drift from storage.
// `popup.html?tab=<id>&url=<url>` overrides the active-tab lookup (tests and the benchmark).
import { ask } from '../shared/messages.js';
import { t } from '../shared/i18n.js';
import { h, replaceKeepingFocus } from '../shared/dom.js';
import { list, uiLocale } from '../shared/format.js';
import { builtInNames } from '../shared/names.js';
import { renderSite } from './site-panel.js';
import { renderSummary } from './summary.js';
import { renderChart } from './chart.js';
import { renderHabits, renderSites } from './habits.js';
import { renderConversation } from './conversation.js';
import { serialized } from '../shared/serial.js';
import { requestOrigins } from '../shared/access.js';

let tab = null;
// Asked before anything else runs: the worker's answer is the long pole of the first render, and
// building the header can happen while it is on its way.
let early = snapshot();

const content = h('main', { class: 'content', 'aria-busy': 'true' });
const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });

function renderHeader() {
  return h(
    'header',
    { class: 'top' },
    h('h1', { text: t('ext_name') }),
    h('button', {
      type: 'button',
      class: 'link-button',
      text: t('popup_open_settings'),
      on: { click: openSettings },
    }),
  );
}

function openSettings() {
  chrome.runtime.openOptionsPage().then(() => window.close(), (e) => say(t('popup_error', [e.message]), true));
}

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function currentTab() {
  const params = new URLSearchParams(location.search);
  if (params.has('url') || params.has('tab')) {
    const id = Number(params.get('tab'));
    return { tabId: params.has('tab') && Number.isInteger(id) ? id : null, url: params.get('url') || undefined };
  }
  const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id ?? null, url: active?.url };
}

function view(snapshot) {
  const stats = snapshot.stats ?? {};
  const parts = [renderSite(snapshot.site, stats.site_week, send, { copyDiagnostic, allow: () => allow(snapshot.site) })];
  if (stats.empty) parts.push(renderEmpty());
  else parts.push(renderSummary(stats), renderConversation(stats), renderChart(stats.days), renderSites(stats.sites), renderHabits(stats));
  if (snapshot.settings_problems > 0) parts.push(renderProblems());
  return parts.filter(Boolean);
}

function renderEmpty() {
  return h(
    'section',
    { class: 'card empty', 'aria-labelledby': 'empty-title', 'data-testid': 'empty' },
    h('h2', { id: 'empty-title', text: t('popup_empty_title') }),
    h('p', { text: t('popup_empty_body', [list(builtInNames())]) }),
    h('p', { class: 'muted small', text: t('popup_privacy') }),
  );
}

function renderProblems() {
  return h(
    'p',
    { class: 'note warning', 'data-testid': 'settings-problems' },
    t('popup_settings_problems'),
    ' ',
    h('button', { type: 'button', class: 'link-button', text: t('popup_open_settings'), on: { click: openSettings } }),
  );
}

function renderFailure(error) {
  return h(
    'section',
    { class: 'card', role: 'alert' },
    h('p', { text: t('popup_error', [error.message]) }),
    h('button', { type: 'button', class: 'button', 'data-key': 'retry', text: t('popup_retry'), on: { click: () => refresh() } }),
  );
}

/** Applies one intent or several in order (stopping at the first refusal), then re-renders. */
async function send(intents) {
  say('');
  try {
    for (const intent of [intents].flat()) await ask('intent', { intent });
  } catch (e) {
    say(t('popup_error_save', [e.message]), true);
  }
  await refresh();
}

/** Gives the extension this site back: the browser asks the person, from their click. */
function allow(site) {
  const host = new URL(site.origin).host;
  say('');
  requestOrigins([site.origin]).then(
    (granted) => (say(t(granted ? 'access_granted' : 'access_declined', [host])), refresh()),
    (e) => say(t('popup_error', [e.message]), true),
  );
}

/** The page's breakage report to the clipboard; where the clipboard refuses, shown to copy by hand. */
async function copyDiagnostic() {
  say('');
  let text;
  try {
    text = JSON.stringify(await ask('diagnostic', { tabId: tab?.tabId }), null, 2);
  } catch {
    return say(t('popup_diagnostic_failed'), true);
  }
  try {
    await navigator.clipboard.writeText(text);
    say(t('popup_diagnostic_copied'));
  } catch {
    const box = h('textarea', { class: 'diagnostic-text', readonly: true, rows: 8, 'aria-label': t('popup_copy_diagnostic'), value: text });
    content.querySelector('.diagnostic')?.append(box);
    box.select();
    say(t('popup_diagnostic_select'));
  }
}

const refresh = serialized(renderOnce);

async function snapshot() {
  tab ??= await currentTab();
  performance.mark('st-snapshot-asked');
  const value = await ask('snapshot', tab);
  performance.mark('st-snapshot-received');
  return value;
}

async function renderOnce() {
  let nodes;
  try {
    const next = early ?? snapshot();
    early = null;
    nodes = view(await next);
  } catch (e) {
    nodes = [renderFailure(e)];
  }
  replaceKeepingFocus(content, ...nodes);
  content.removeAttribute('aria-busy');
  const root = document.documentElement;
  if (!root.dataset.rendered) {
    performance.mark('st-rendered');
    // Time from navigation start to the first complete panel; tests and the benchmark wait on it.
    root.dataset.rendered = String(Math.round(performance.now() * 10) / 10);
  }
}

function start() {
  const root = document.documentElement;
  root.lang = uiLocale();
  root.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t('ext_name');
  document.body.append(renderHeader(), status, content);
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' && changes.settings) || (area === 'local' && changes.stats)) refresh();
  });
  refresh();
}

start();
