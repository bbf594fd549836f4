// The wasm core, initialised once per worker life through a memoised promise.
import init, * as wasm from 'second-thought-wasm';

let ready = null;
export async function core() {
  ready ??= init({ module_or_path: chrome.runtime.getURL('wasm/core_bg.wasm') }).then(() => wasm);
  return ready;
}
