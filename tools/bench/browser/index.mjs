// The in-browser figures. Two headless Chromiums run side by side, one with dist/ loaded and one
// without, and every measurement alternates between them so both see the same machine load.
import { launch } from '../../../tests/e2e/harness.mjs';
import { visitTimeline } from './timeline.mjs';
import { keystrokes } from './keystroke.mjs';
import { popupOpens, popupFloor } from './popup.mjs';
import { offSite, unsupportedSite } from './quiet.mjs';
import { workerReplies } from './worker.mjs';
import { typingText } from './actions.mjs';
import { median, percentile, mean, round, pairedDifferences, bootstrapDifference } from '../lib/stats.mjs';

const REPEATS = 5; // timeline visits per browser; medians are reported
const KEYS = Number(process.env.BENCH_KEYS) > 0 ? Number(process.env.BENCH_KEYS) : 500; // fewer only while working on the bench

const med = (runs, pick) => median(runs.map(pick));

function timelineFigures(withRuns, withoutRuns, problems) {
  for (const r of withRuns) {
    if (!r.listeners.includes('input')) problems.push(`content script did not start on the 2,000-post timeline (listeners: ${r.listeners.join(',') || 'none'})`);
    if (!r.chip?.level) problems.push('no chip after typing on the 2,000-post timeline');
    if (!(r.load_page_ms > 0)) problems.push('the CPU profile did not cover the page load: the load figure is not valid');
  }
  for (const r of [...withRuns, ...withoutRuns]) if (r.posts_added < 50) problems.push(`scrolling mounted only ${r.posts_added} new posts`);
  const heap = (runs, k) => med(runs, (r) => r.heap[k]) / 1024;
  const jsKb = heap(withRuns, 'used') - heap(withoutRuns, 'used');
  const backingKb = heap(withRuns, 'backing') - heap(withoutRuns, 'backing');
  return {
    on_site_listeners: withRuns[0]?.listeners.length ?? null, // the positive control for off_site_listeners
    timeline_2000_scan_ms: round(med(withRuns, (r) => r.load_ext_ms), 3),
    timeline_2000_scan_wall_ms: round(med(withRuns, (r) => r.load_ext_wall_ms), 3),
    mutations_50_added_ms: round(med(withRuns, (r) => r.scroll_ext_ms), 3),
    content_script_heap_kb: round(jsKb + backingKb, 0),
    content_script_js_heap_kb: round(jsKb, 0),
    content_script_backing_store_kb: round(backingKb, 0),
    keystroke_ext_cpu_ms_mean: round(med(withRuns, (r) => r.typing_ext_ms_per_key), 3),
    timeline_2000_load_task_ms_with: round(med(withRuns, (r) => r.load_task_ms), 1),
    timeline_2000_load_task_ms_without: round(med(withoutRuns, (r) => r.load_task_ms), 1),
    scroll_50_task_ms_with: round(med(withRuns, (r) => r.scroll_task_ms), 1),
    scroll_50_task_ms_without: round(med(withoutRuns, (r) => r.scroll_task_ms), 1),
  };
}

function keystrokeFigures(k, text, problems) {
  if (!k.chip?.level) problems.push('no chip while typing the 500 keystrokes: the extension did not score');
  if (k.typed.replace(/\s+/g, ' ').trim() !== text.replace(/\s+/g, ' ').trim()) problems.push('the composer does not hold exactly the typed text');
  const p = (s, q) => percentile(s, q);
  const [low, high] = bootstrapDifference(k.withExt, k.without, (s) => p(s, 0.95));
  return {
    keystroke_added_ms_p95: round(p(k.withExt, 0.95) - p(k.without, 0.95), 3),
    keystroke_added_ms_p95_90pct_low: round(low, 3), // where the figure could land on resampling alone
    keystroke_added_ms_p95_90pct_high: round(high, 3),
    keystroke_added_ms_p50: round(p(k.withExt, 0.5) - p(k.without, 0.5), 3),
    keystroke_added_ms_mean: round(mean(k.withExt) - mean(k.without), 3),
    keystroke_paired_diff_ms_p95: round(p(pairedDifferences(k.withExt, k.without), 0.95), 3),
    keystroke_ms_p95_with: round(p(k.withExt, 0.95), 3),
    keystroke_ms_p95_without: round(p(k.without, 0.95), 3),
    keystrokes_timed: k.withExt.length,
  };
}

/** All browser figures, plus `problems` (sanity checks that failed: the figures may not mean much). */
export async function benchBrowser(drafts, log = () => {}) {
  const problems = [];
  const withH = await launch();
  const withoutH = await launch({ extension: false });
  const out = {};
  try {
    await withH.settings();
    const withRuns = [];
    const withoutRuns = [];
    for (let i = 0; i < REPEATS; i++) {
      withRuns.push(await visitTimeline(withH));
      withoutRuns.push(await visitTimeline(withoutH));
      log(`timeline visit ${i + 1}/${REPEATS}: extension ${withRuns.at(-1).load_ext_ms.toFixed(2)} ms on load, ${withRuns.at(-1).scroll_ext_ms.toFixed(2)} ms while scrolling`);
    }
    Object.assign(out, timelineFigures(withRuns, withoutRuns, problems));

    const text = typingText(drafts, KEYS);
    log(`typing ${text.length} keys into both browsers…`);
    Object.assign(out, keystrokeFigures(await keystrokes(withH, withoutH, text), text, problems));
    log(`keystroke p95 added ${out.keystroke_added_ms_p95} ms (90% bootstrap interval ${out.keystroke_added_ms_p95_90pct_low}–${out.keystroke_added_ms_p95_90pct_high})`);

    const opens = await popupOpens(withH);
    out.popup_open_ms = round(median(opens.map((o) => o.rendered)), 1);
    out.popup_open_first_ms = round(opens[0].rendered, 1);
    out.popup_startup_ms = round(median(opens.map((o) => o.startup)), 1);
    out.popup_snapshot_ms = round(median(opens.map((o) => o.snapshot)), 1);
    out.popup_draw_ms = round(median(opens.map((o) => o.draw)), 1);
    log(`popup ${opens.map((o) => o.rendered).join(', ')} ms`);
    out.popup_floor_ms = round(median(await popupFloor()), 1);
    log(`a blank extension page: ${out.popup_floor_ms} ms`);

    Object.assign(out, await offSite(withH), await unsupportedSite(withH));
    out.off_site_ext_cpu_ms = round(out.off_site_ext_cpu_ms, 3);
    out.unsupported_site_ext_cpu_ms = round(out.unsupported_site_ext_cpu_ms, 3);
    if (out.off_site_chips) problems.push(`a site turned off got ${out.off_site_chips} extension elements`);
    if (!out.off_site_worlds) problems.push('the content script was not injected on the site turned off: off_site_listeners proves nothing');
    for (const p of [...withH.problems, ...withoutH.problems]) problems.push(`page error: ${p}`);
  } finally {
    await withH.close();
    await withoutH.close();
  }

  return { figures: out, problems };
}

/** A count sent to a stopped service worker, in its own browser: the figures and `problems`. */
export async function benchWorker(log = () => {}) {
  const { year, month, problems } = await workerReplies();
  const fixed = (list) => list.map((ms) => ms.toFixed(1)).join(', ');
  const figures = {
    worker_cold_reply_ms: round(median(year.cold), 1),
    worker_cold_reply_ms_max: round(Math.max(...year.cold), 1),
    worker_warm_reply_ms: round(median(year.warm), 1),
    worker_cold_reply_month_ms: round(median(month.cold), 1),
    worker_warm_reply_month_ms: round(median(month.warm), 1),
    worker_first_count_after_update_ms: round(year.first, 1),
    worker_current_key_bytes: year.bytes.current,
    worker_stats_bytes: year.bytes.total,
  };
  log(`a count to a stopped worker, a year stored: ${fixed(year.cold)} ms (running: ${figures.worker_warm_reply_ms} ms); a month stored: ${fixed(month.cold)} ms`);
  log(`the first count after the update (a year in one value): ${figures.worker_first_count_after_update_ms} ms; a month: ${round(month.first, 1)} ms`);
  log(`stored: ${year.bytes.total} B of stats, ${year.bytes.current} B in the key a count writes`);
  return { figures, problems };
}
