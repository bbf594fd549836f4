// The last 30 days as stacked bars: with a thought at the base, thin above it, no thought on top.
// Colour is never the only signal: thin is striped and "no thought" hatched (green and amber are
// close in lightness), the legend repeats the order in words with totals, every bar has a tooltip,
// and the same numbers are a table one click away.
import { h, svg, uniqueId } from '../shared/dom.js';
import { t, tFilled } from '../shared/i18n.js';
import { formatCount, shortDay, toCount } from '../shared/format.js';

const WIDTH = 300;
const HEIGHT = 64;
const BASE = 60; // y of the baseline; 4px below it stay free for the axis line
const TOP = 4;

const LAYERS = [
  { field: 'thoughtful', cls: 'seg-thoughtful', label: 'chart_thoughtful', pattern: null },
  { field: 'thin', cls: 'seg-thin', label: 'chart_thin', pattern: 'stripes' },
  { field: 'blind', cls: 'seg-blind', label: 'chart_blind', pattern: 'hatch' },
];

export function renderChart(rawDays) {
  const days = (Array.isArray(rawDays) ? rawDays : []).map(clean);
  const totals = Object.fromEntries(LAYERS.map((l) => [l.field, days.reduce((n, d) => n + d[l.field], 0)]));
  const titleId = uniqueId('chart');
  const patterns = { hatch: uniqueId('hatch'), stripes: uniqueId('stripes') };
  return h(
    'section',
    { class: 'card chart', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: t('chart_heading') }),
    renderLegend(totals, patterns),
    renderBars(days, totals, patterns),
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

// Both patterns are the layer's colour crossed by background-coloured lines: diagonal for "no
// thought", horizontal for thin.
function patternDefs(ids) {
  const make = (id, cls, rotate) =>
    svg(
      'pattern',
      { id, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: `rotate(${rotate})` },
      svg('rect', { class: cls, width: 4, height: 4 }),
      svg('line', { class: 'pattern-line', x1: 0, y1: 0, x2: 0, y2: 4 }),
    );
  return svg('defs', {}, make(ids.hatch, 'seg-blind', 45), make(ids.stripes, 'seg-thin', 90));
}

function paint(rect, layer, patterns) {
  if (layer.pattern) rect.setAttribute('style', `fill: url(#${patterns[layer.pattern]})`);
  return rect;
}

function renderBars(days, totals, patterns) {
  const max = Math.max(1, ...days.map((d) => d.thoughtful + d.thin + d.blind));
  const slot = WIDTH / Math.max(days.length, 1);
  const barWidth = Math.max(1, slot * 0.72);
  const scale = (BASE - TOP) / max;
  const bars = days.map((d, i) => {
    const x = (i * slot + (slot - barWidth) / 2).toFixed(2);
    const total = d.thoughtful + d.thin + d.blind;
    const group = svg('g', {}, svg('title', { text: dayText(d) }));
    if (!total) {
      group.append(svg('rect', { class: 'seg-empty', x, y: BASE - 1, width: barWidth.toFixed(2), height: 1 }));
      return group;
    }
    // Stack on rounded cumulative edges so segments meet without gaps or overlaps.
    let below = 0;
    for (const layer of LAYERS) {
      const value = d[layer.field];
      if (!value) continue;
      const y0 = BASE - Math.round(below * scale);
      const y1 = BASE - Math.round((below + value) * scale);
      below += value;
      group.append(paint(svg('rect', { class: layer.cls, x, y: y1, width: barWidth.toFixed(2), height: Math.max(1, y0 - y1) }), layer, patterns));
    }
    return group;
  });
  return svg(
    'svg',
    { class: 'bars', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': summary(totals), 'data-testid': 'chart' },
    patternDefs(patterns),
    svg('line', { class: 'baseline', x1: 0, y1: BASE + 0.5, x2: WIDTH, y2: BASE + 0.5 }),
    bars,
  );
}

function renderLegend(totals, patterns) {
  return h(
    'ul',
    { class: 'legend' },
    LAYERS.map((layer) =>
      h(
        'li',
        {},
        swatch(layer, patterns),
        h('span', { text: t(layer.label) }),
        h('strong', { text: formatCount(totals[layer.field]) }),
      ),
    ),
  );
}

// A url(#id) resolves anywhere in the document, so the swatches reuse the chart's patterns.
function swatch(layer, patterns) {
  const rect = paint(svg('rect', { class: layer.cls, width: 10, height: 10, rx: 2 }), layer, patterns);
  return svg('svg', { class: 'swatch', width: 10, height: 10, viewBox: '0 0 10 10', 'aria-hidden': 'true' }, rect);
}

function dayText(d) {
  return tFilled('chart_day', [shortDay(d.day), formatCount(d.thoughtful), formatCount(d.thin), formatCount(d.blind)]);
}

function renderTable(days) {
  const active = days.filter((d) => d.thoughtful + d.thin + d.blind > 0);
  const body = active.length
    ? h(
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
      )
    : h('p', { class: 'muted small', text: t('chart_no_days') });
  return h('details', { class: 'chart-table', 'data-key': 'chart-table' }, h('summary', { 'data-key': 'chart-table-summary', text: t('chart_show_numbers') }), body);
}
