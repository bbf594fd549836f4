// The performance budgets (issues 7 and 20) and how each one is judged. They bound what a user can
// feel: the page's wasm (it loads into every tab), keystroke cost, memory per tab, the popup, a
// count sent to a stopped worker; the download as a whole only loosely. Some budgets are on a
// figure measured directly, others on a ratio between figures (wasm vs. the naive JS scorer,
// harper.js vs. wasm, 5,000 vs. 280 characters); ratios are computed here so the report and the
// table agree.

const KB = 1024;
const MB = 1024 * KB;

/**
 * key: report key; max/min: the bound; unit: how to print; ratio: [numerator key, denominator key]
 * for derived figures; note: what the budget means when it is not obvious.
 */
export const BUDGETS = [
  { key: 'score_wasm_280_p50_us', max: 20, unit: 'µs' },
  { key: 'score_wasm_280_p99_us', max: 100, unit: 'µs' },
  { key: 'wasm_vs_naive_js_280_ratio', max: 2, unit: '×', ratio: ['score_wasm_280_p50_us', 'peer_naive_js_280_p50_us'], note: 'wasm p50 / naive JS p50' },
  { key: 'harperjs_vs_wasm_280_ratio', min: 100, unit: '×', ratio: ['peer_harperjs_280_p50_us', 'score_wasm_280_p50_us'], note: 'harper.js p50 / wasm p50' },
  { key: 'score_wasm_cold_init_ms', max: 50, unit: 'ms' },
  { key: 'wasm_5000_vs_280_ratio', max: 20, unit: '×', ratio: ['score_wasm_5000_p50_us', 'score_wasm_280_p50_us'], note: '5,000-char p50 / 280-char p50' },
  { key: 'wasm_bytes', max: 120 * KB, unit: 'bytes' },
  { key: 'wasm_gzip_bytes', max: 50 * KB, unit: 'bytes' },
  { key: 'dist_bytes', max: 1.5 * MB, unit: 'bytes', note: 'the unpacked extension, everything a user downloads' },
  { key: 'keystroke_added_ms_p95', max: 1, unit: 'ms' },
  { key: 'timeline_2000_scan_ms', max: 30, unit: 'ms' },
  { key: 'mutations_50_added_ms', max: 3, unit: 'ms' },
  { key: 'content_script_heap_kb', max: 3 * KB, unit: 'KB' },
  { key: 'popup_open_ms', max: 100, unit: 'ms' },
  { key: 'worker_cold_reply_ms', max: 50, unit: 'ms', note: 'a count sent while the service worker is stopped, until it is stored and acknowledged' },
  { key: 'off_site_listeners', max: 0, unit: 'count', note: 'page listeners left by the content script on a site turned off' },
  { key: 'unsupported_site_contexts', max: 0, unit: 'count', note: 'content-script worlds created on an unsupported site' },
];

/** Adds the derived ratios to `report` (null when a part is missing). */
export function addRatios(report) {
  for (const b of BUDGETS) {
    if (!b.ratio) continue;
    const [num, den] = b.ratio.map((k) => report[k]);
    report[b.key] = Number.isFinite(num) && Number.isFinite(den) && den > 0 ? Math.round((num / den) * 100) / 100 : null;
  }
  return report;
}

/** true / false per budget; a figure that was not measured has not met its budget. */
export function judge(report) {
  const met = {};
  for (const b of BUDGETS) {
    const v = report[b.key];
    if (!Number.isFinite(v)) met[b.key] = false;
    else met[b.key] = (b.max === undefined || v <= b.max) && (b.min === undefined || v >= b.min);
  }
  return met;
}

/** The budgets as they go into report.json: `{key: {max?, min?, unit}}`. */
export function budgetTable() {
  return Object.fromEntries(BUDGETS.map(({ key, max, min, unit }) => [key, { ...(max !== undefined && { max }), ...(min !== undefined && { min }), unit }]));
}
