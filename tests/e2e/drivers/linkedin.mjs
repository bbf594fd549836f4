// How a user drives the linkedin fixtures: what to click and where to type.
// `linkedin`: the older Ember front end. `linkedin-sdui`: the newer one (TipTap composer in a <dialog>,
// Repost menu portaled to the top of #root). `linkedin-sdui-interop`: the newer front end whose share box
// is the Ember Quill modal inside #interop-outlet's open shadow root (both share boxes are live).

const SDUI_EDITOR = 'dialog[data-testid="dialog"] [componentkey="ShareBox_textEditor"][contenteditable="true"]';
// The composer's Post is its only text-only <button>: no aria-label, no icon.
const SDUI_POST = 'dialog[data-testid="dialog"] [data-sdui-screen*="ShareCompose"] button:not([aria-label]):not(:has(svg))';
const SDUI_TRIGGER = '[data-testid="mainFeed"] [role="listitem"] button[aria-expanded]:has(svg#repost-small)';
const SDUI_CONFIRM = '[role="menu"] [role="menuitem"]:has(svg#repost-medium)';
const INTEROP_EDITOR = '#interop-outlet [data-test-modal-id="sharebox"] div.ql-editor[role="textbox"]';
const INTEROP_POST = '#interop-outlet [data-test-modal-id="sharebox"] button.share-actions__primary-action';

export const drivers = {
  linkedin: {
    path: '?compose=1',
    editor: '[role="dialog"] div.ql-editor[role="textbox"]',
    postButton: '[role="dialog"] button.share-actions__primary-action',
    trigger: 'button.social-reshare-button',
    confirm: '.social-reshare-button__sharing-as-is-dropdown-item',
    quoteEditor: '[role="dialog"] div.ql-editor[role="textbox"]',
    quotePost: '[role="dialog"] button.share-actions__primary-action',
  },
  'linkedin-sdui': {
    path: '?compose=1',
    editor: SDUI_EDITOR,
    postButton: SDUI_POST,
    trigger: SDUI_TRIGGER,
    confirm: SDUI_CONFIRM,
    quoteEditor: SDUI_EDITOR,
    quotePost: SDUI_POST,
  },
  'linkedin-sdui-interop': {
    // Quill 2 (the fixture's editor) edits in a shadow root only in Chromium: in Firefox it puts the
    // caret back at the start after the first key, so no test can type a draft there.
    onlyIn: { chromium: 'the fixture’s Quill 2 cannot type inside a shadow root in Firefox' },
    fixture: 'linkedin-sdui',
    path: '?compose=1&sharebox=interop',
    editor: INTEROP_EDITOR,
    postButton: INTEROP_POST,
    trigger: SDUI_TRIGGER,
    confirm: SDUI_CONFIRM,
    quoteEditor: INTEROP_EDITOR,
    quotePost: INTEROP_POST,
  },
};
