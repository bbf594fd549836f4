// Pairs an editor with its own post button by structure, not by an assumed shape: the nearest
// ancestor that holds both, never past the composer's own dialog or form, and never a button that
// sits closer to another editor (a thread's second box, a reply box, another composer).
import { queryAllDeep, textMatches, parentComposed, containsComposed } from './dom.js';

// Where a composer ends: past these, a "Post" button belongs to something else (the navigation's
// big Post button, another dialog).
const BOUNDARY = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], form, main, [role="main"], body';
// Real pages put the nearest common ancestor ~20 levels above the editor (X); the cap only stops
// a runaway walk.
const CAP = 100;
const BUTTONS = 'button, [role="button"]';

/** { scope, postButton } for the editor; postButton is null when none can be paired. */
export function pairPostButton(editor, site) {
  const editors = queryAllDeep(document, site.composer.editor, site.shadowHosts);
  const others = editors.filter((e) => e !== editor && !e.contains(editor) && !editor.contains(e));
  let scope = editor;
  for (let depth = 0; depth < CAP; depth++) {
    const next = parentComposed(scope);
    if (!next) break;
    scope = next;
    const button = candidates(scope, site).find((b) => !closerToAnother(b, scope, others));
    if (button) return { scope, postButton: button };
    if (scope.matches(BOUNDARY)) break;
  }
  return { scope, postButton: null };
}

// By the site's selectors first; only when none is here, by the button's own text ("Post").
function candidates(scope, site) {
  const bySelector = queryAllDeep(scope, site.composer.postButton, site.shadowHosts);
  if (bySelector.length) return bySelector;
  return queryAllDeep(scope, [BUTTONS], site.shadowHosts).filter((b) => textMatches(b, site.composer.postButtonText));
}

/** True when some ancestor of the button below `scope` already holds another editor. */
function closerToAnother(button, scope, others) {
  if (!others.length) return false;
  for (let node = parentComposed(button); node && node !== scope; node = parentComposed(node)) {
    if (others.some((e) => containsComposed(node, e))) return true;
  }
  return false;
}
