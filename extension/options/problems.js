// The notice at the top of the page when stored data could not be read. The core already fell
// back to defaults; this says so plainly, with every dropped value and why.
import { h } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

/** @param {{ ignored?: {path: string, why: string}[], stats_problems?: string[] }} state */
export function renderProblems(state) {
  const ignored = Array.isArray(state?.ignored) ? state.ignored : [];
  const stats = Array.isArray(state?.stats_problems) ? state.stats_problems : [];
  if (!ignored.length && !stats.length) return null;
  return h(
    'div',
    { class: 'note warning problems-banner', role: 'alert', 'data-testid': 'problems' },
    ignored.length > 0 && [
      h('p', { class: 'banner-title', text: t('options_settings_problems') }),
      h('ul', {}, ignored.map((i) => h('li', {}, h('code', { text: i.path || '/' }), ' — ', String(i.why ?? '')))),
    ],
    stats.length > 0 && [
      h('p', { class: 'banner-title', text: t('options_stats_problems') }),
      h('ul', {}, stats.map((p) => h('li', { text: String(p) }))),
    ],
    h('p', { class: 'small', text: t('options_problems_after') }),
  );
}
