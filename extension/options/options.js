// The options page: sites, an added-instance form, global defaults, backup. Settings-driven parts
// re-render from a fresh options-state after every change and whenever storage changes (another
// tab, the popup, sync); the forms that hold typing or a pending confirmation are built once.
import { ask } from '../shared/messages.js';
import { t } from '../shared/i18n.js';
import { h, replaceKeepingFocus } from '../shared/dom.js';
import { uiLocale } from '../shared/format.js';
import { renderSiteList } from './site-list.js';
import { renderAddSite } from './add-site.js';
import { renderDefaults } from './defaults.js';
import { renderBackup } from './backup.js';
import { renderProblems } from './problems.js';
import { serialized } from '../shared/serial.js';

let state = null;
// Problems found when the page opened stay listed even after a save rewrites clean settings: the
// person should still learn what was lost.
let firstProblems = null;

const problems = h('div', { class: 'problems-region' });
const sites = h('div', { class: 'site-list-region' });
const defaults = h('div', { class: 'defaults-region' });
const status = h('p', { class: 'status', role: 'status', 'data-testid': 'status' });

function section(titleKey, introKey, ...body) {
  const id = `section-${titleKey}`;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': id },
    h('h2', { id, text: t(titleKey) }),
    introKey && h('p', { class: 'muted', text: t(introKey) }),
    ...body,
  );
}

let quiet = 0;
function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
  // "Saved." only confirms; it fades after a moment. An error stays until the next change.
  clearTimeout(quiet);
  if (!isError) quiet = setTimeout(() => (status.textContent = ''), 4000);
}

/** Applies one intent or several in order (stopping at the first refusal), then re-renders. */
async function intent(changes) {
  try {
    for (const change of [changes].flat()) await ask('intent', { intent: change });
    say(t('options_saved'));
  } catch (e) {
    say(t('popup_error_save', [e.message]), true);
  }
  await refresh();
}

/** After the browser answered a request for access the person made from the site list. */
async function allowed(request) {
  try {
    say(t((await request) ? 'options_access_granted' : 'options_access_declined'));
  } catch (e) {
    say(t('popup_error', [e.message]), true);
  }
  await refresh();
}

async function removeOrigin(origin) {
  try {
    await ask('remove-origin', { origin });
    // Give the host permission back; a failure here leaves only an unused grant.
    await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    say(t('options_removed', [new URL(origin).host]));
  } catch (e) {
    say(t('popup_error_save', [e.message]), true);
  }
  await refresh();
}

const refresh = serialized(renderOnce);

async function renderOnce() {
  try {
    state = await ask('options-state');
  } catch (e) {
    say(t('options_load_failed', [e.message]), true);
    return;
  }
  firstProblems ??= { ignored: state.ignored, stats_problems: state.stats_problems };
  replaceKeepingFocus(problems, ...[renderProblems(firstProblems)].filter(Boolean));
  replaceKeepingFocus(sites, renderSiteList(state, { intent, remove: removeOrigin, allowed }));
  replaceKeepingFocus(defaults, renderDefaults(state.settings?.defaults, (patch) => intent({ type: 'set_defaults', ...patch })));
  document.documentElement.dataset.rendered ??= String(Math.round(performance.now() * 10) / 10);
}

/** After an import or reset the stored data is new: what was wrong with the old is moot. */
function replaced() {
  firstProblems = null;
  refresh();
}

function start() {
  document.documentElement.lang = uiLocale();
  document.title = t('options_title');
  document.body.append(
    h(
      'main',
      { class: 'page' },
      h('h1', { text: t('options_title') }),
      problems,
      section('options_sites_heading', 'options_sites_intro', sites, h('h3', { text: t('options_add_heading') }), renderAddSite(() => state?.settings)),
      section('options_defaults_heading', 'options_defaults_intro', defaults),
      section('options_backup_heading', null, renderBackup(replaced)),
      h('p', { class: 'muted small privacy', text: t('popup_privacy') }),
      status,
    ),
  );
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' && changes.settings) || (area === 'local' && changes.stats)) refresh();
  });
  // Access given or taken elsewhere (the popup, the browser's own site-access controls).
  chrome.permissions.onAdded.addListener(refresh);
  chrome.permissions.onRemoved.addListener(refresh);
  refresh();
}

start();
