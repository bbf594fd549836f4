// Scores drafts in this page when it allows WebAssembly; pages whose CSP forbids it
// (script-src without 'wasm-unsafe-eval') make compiling fail, and then the background worker scores.
import init, { scoreDraft } from 'second-thought-wasm';
import { ask } from '../shared/messages.js';

export function createScorer() {
  let where = null; // a promise of 'here' | 'background'
  let here = false; // where has resolved to 'here': score without waiting on it again
  const ready = () =>
    (where ??= init({ module_or_path: chrome.runtime.getURL('wasm/page_bg.wasm') }).then(
      () => ((here = true), 'here'),
      () => 'background',
    ));
  return {
    async score(draft) {
      return (await ready()) === 'here' ? scoreHere(draft) : ask('score', { draft });
    },
    /** The report at once when this page scores here and the wasm is up (no promise to wait on); else undefined. */
    scoreNow: (draft) => (here ? scoreHere(draft) : undefined),
    where: () => ready(),
  };
}

/** The page build takes plain arguments (no deserializer in the small module). */
export function scoreHere({ text, context }) {
  return scoreDraft(text, context?.quoted_text ?? undefined, context?.link_title ?? undefined, context?.action ?? undefined);
}
