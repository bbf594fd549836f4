// Scores drafts in this page when it allows WebAssembly; pages whose CSP forbids it
// (script-src without 'wasm-unsafe-eval') make compiling fail, and then the background worker scores.
import init, * as glue from 'second-thought-wasm';
import { reportReader } from '../shared/report.js';
import { ask } from '../shared/messages.js';

export function createScorer() {
  let where = null; // a promise of 'here' | 'background'
  let scoreHere = null; // set once the wasm is up: score without waiting on a promise again
  const ready = () =>
    (where ??= init({ module_or_path: chrome.runtime.getURL('wasm/page_bg.wasm') }).then(
      () => ((scoreHere = reportReader(glue)), 'here'),
      () => 'background',
    ));
  return {
    async score(draft) {
      return (await ready()) === 'here' ? scoreHere(draft) : ask('score', { draft });
    },
    /** The report at once when this page scores here and the wasm is up (no promise to wait on); else undefined. */
    scoreNow: (draft) => scoreHere?.(draft),
    where: () => ready(),
  };
}
