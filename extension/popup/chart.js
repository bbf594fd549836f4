// The last 30 days as stacked bars: with a thought at the base, thin above it, no thought on top.
// Colour is never the only signal: thin is striped and "no thought" hatched (green and amber are
// close in lightness), the legend repeats the order in words with totals, every bar has a tooltip,
// and the same numbers are a table one click away.
// Bars are HTML boxes sized in percent, not SVG: the popup draws them on every open, and SVG
// attributes cost ten times what a styled box does (the chart was most of the first draw).
import { h, uniqueId } from '../shared/dom.js';
import { t, tFilled } from '../shared/i18n.js';
import { formatCount, shortDay, toCount } from '../shared/format.js';

const LAYERS = [
  { field: 'thoughtful', cls: 'seg-thoughtful', label: 'chart_thoughtful' },
  { field: 'thin', cls: 'seg-thin', label: 'chart_thin' },
  { field: 'blind', cls: 'seg-blind', label: 'chart_blind' },
];

export function renderChart(rawDays) {
  const days = (Array.isArray(rawDays) ? rawDays : []).map(clean);
  const totals = Object.fromEntries(LAYERS.map((l) => [l.field, days.reduce((n, d) => n + d[l.field], 0)]));
  const titleId = uniqueId('chart');
  return h(
    'section',
    { class: 'card chart', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: t('chart_heading') }),
    renderLegend(totals),
    renderBars(days, totals),
    days.length > 0 &&
      h(
        'div',
        { class: 'axis', 'aria-hidden': 'true' },
        h('span', { text: shortDay(days[0].day) }),
        h('span', { text: t('chart_today') }),
      ),
    renderTable(days),
  );
}

function clean(d) {
  return { day: String(d?.day ?? ''), thoughtful: toCount(d?.thoughtful), thin: toCount(d?.thin), blind: toCount(d?.blind) };
}

function summary(totals) {
  return t('chart_summary', [formatCount(totals.thoughtful), formatCount(totals.thin), formatCount(totals.blind)]);
}

function renderBars(days, totals) {
  const max = Math.max(1, ...days.map((d) => d.thoughtful + d.thin + d.blind));
  const bars = days.map((d) => {
    const total = d.thoughtful + d.thin + d.blind;
    const bar = h('div', { class: total ? 'bar' : 'bar empty', title: dayText(d) });
    for (const layer of LAYERS) {
      if (d[layer.field]) bar.append(h('span', { class: layer.cls, style: `height: ${((d[layer.field] / max) * 100).toFixed(2)}%` }));
    }
    return bar;
  });
  return h('div', { class: 'bars', role: 'img', 'aria-label': summary(totals), 'data-testid': 'chart' }, bars);
}

function renderLegend(totals) {
  return h(
    'ul',
    { class: 'legend' },
    LAYERS.map((layer) =>
      h(
        'li',
        {},
        h('span', { class: `swatch ${layer.cls}`, 'aria-hidden': 'true' }),
        h('span', { text: t(layer.label) }),
        h('strong', { text: formatCount(totals[layer.field]) }),
      ),
    ),
  );
}

function dayText(d) {
  return tFilled('chart_day', [shortDay(d.day), formatCount(d.thoughtful), formatCount(d.thin), formatCount(d.blind)]);
}

// Filled when first opened: most people never open it, and its cells cost as much to build as
// the rest of the panel.
function renderTable(days) {
  const details = h('details', { class: 'chart-table', 'data-key': 'chart-table' }, h('summary', { 'data-key': 'chart-table-summary', text: t('chart_show_numbers') }));
  details.addEventListener('toggle', function fill() {
    if (!details.open) return;
    details.removeEventListener('toggle', fill);
    details.append(tableOf(days));
  });
  return details;
}

function tableOf(days) {
  const active = days.filter((d) => d.thoughtful + d.thin + d.blind > 0);
  if (!active.length) return h('p', { class: 'muted small', text: t('chart_no_days') });
  return h(
    'table',
    { class: 'numbers' },
    h('caption', { class: 'visually-hidden', text: t('chart_heading') }),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', text: t('chart_col_day') }), LAYERS.map((l) => h('th', { scope: 'col', text: t(l.label) }))),
    ),
    h(
      'tbody',
      {},
      active.map((d) =>
        h('tr', {}, h('th', { scope: 'row', text: shortDay(d.day) }), LAYERS.map((l) => h('td', { text: formatCount(d[l.field]) }))),
      ),
    ),
  );
}
