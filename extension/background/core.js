// The wasm core (settings, stats, policy), initialised once per worker life through a memoised
// promise, and the page's scorer, loaded only when a page's CSP keeps it from scoring itself.
import init, * as wasm from 'second-thought-wasm';
import initScorer, * as pageGlue from 'second-thought-page';
import { reportReader } from '../shared/report.js';

const EXPORTS = ['parseSettings', 'effectiveSettings', 'applyIntent', 'loadStats', 'foldEvent', 'placeStats', 'statsSnapshot', 'decide', 'recordChoice'];

// JSON.stringify writes a lone surrogate (half an emoji in some stored string) as an escape that
// serde_json refuses; U+FFFD is what any other string crossing into wasm would become.
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;
function toJson(value) {
  const json = JSON.stringify(value ?? null);
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE, '$1\\ufffd') : json;
}

// Values cross as JSON text: one string each way instead of a JS call per field (see src/wasm.rs).
const viaJson = (f) => (input) => JSON.parse(f(toJson(input)));

let ready = null;
export async function core() {
  ready ??= init({ module_or_path: chrome.runtime.getURL('wasm/core_bg.wasm') }).then(() =>
    Object.fromEntries(EXPORTS.map((name) => [name, viaJson(wasm[name])])),
  );
  return ready;
}

let scorer = null;
export async function pageScorer() {
  scorer ??= initScorer({ module_or_path: chrome.runtime.getURL('wasm/page_bg.wasm') }).then(() => reportReader(pageGlue));
  return scorer;
}
