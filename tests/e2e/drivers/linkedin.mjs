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

// Replies: the comment box under a post. Ember: Quill in form.comments-comment-box__form, whose Comment
// button exists only once the box has text. Newer front end: TipTap in [componentkey^=commentBox-], submit
// button[componentkey*=commentButtonSection] (text "Comment", disabled while empty). Both open on the
// post's own "Comment" action.
const EMBER_REPLY_EDITOR = '.feed-shared-update-v2__comments-container form.comments-comment-box__form div.ql-editor[role="textbox"]';
const EMBER_REPLY_POST = 'form.comments-comment-box__form button.comments-comment-box__submit-button--cr';
const SDUI_REPLY_EDITOR = '[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"][aria-label="Text editor for creating comment"]';
const SDUI_REPLY_POST = '[componentkey^="commentBox-"] button[componentkey*="commentButtonSection"]';

/** A share box opened on load (`?compose=1`) covers the feed: close it (discarding a draft) first. */
// (Plain selectors, no lists: the Firefox driver's locators take one selector at a time.)
async function closeShareBox(page) {
  const open = async () => (await page.locator('[data-test-modal-id="sharebox"]').count()) + (await page.locator('dialog[data-testid="dialog"][open]').count());
  if (!(await open())) return;
  await page.keyboard.press('Escape');
  const discard = page.locator('button.artdeco-modal__confirm-dialog-btn', { hasText: 'Discard' });
  if (await discard.count()) await discard.click();
}

async function openEmberReply(page) {
  await closeShareBox(page);
  await page.locator('[data-finite-scroll-hotkey-item="0"] button.comment-button').click();
  await page.locator(EMBER_REPLY_EDITOR).first().waitFor();
}
async function openSduiReply(page) {
  await closeShareBox(page);
  await page.locator('[data-testid="mainFeed"] [role="listitem"]').first().locator('button:has(svg#comment-small)').click();
  await page.locator(SDUI_REPLY_EDITOR).first().waitFor();
}

// Link cards (a URL typed into the share box) and share intents (the share box opened with the link
// attached, editor empty; `/feed/?shareActive=true&text=…` is the intent that prefills text).
const PREVIEW = { previewUrl: 'https://example.com/article-1', previewTitle: 'Heat pumps now outsell gas boilers in three countries' };
const OFFSITE = `/sharing/share-offsite/?url=${encodeURIComponent(PREVIEW.previewUrl)}`;
const TEXT_INTENT = `/feed/?shareActive=true&text=${encodeURIComponent('Heat pumps now outsell gas boilers in three countries')}`;

export const drivers = {
  linkedin: {
    path: '?compose=1',
    editor: '[role="dialog"] div.ql-editor[role="textbox"]',
    postButton: '[role="dialog"] button.share-actions__primary-action',
    trigger: 'button.social-reshare-button',
    confirm: '.social-reshare-button__sharing-as-is-dropdown-item',
    quoteEditor: '[role="dialog"] div.ql-editor[role="textbox"]',
    quotePost: '[role="dialog"] button.share-actions__primary-action',
    replyEditor: EMBER_REPLY_EDITOR,
    replyPost: EMBER_REPLY_POST,
    openReply: openEmberReply,
    intentPath: OFFSITE,
    intentTextPath: TEXT_INTENT,
    ...PREVIEW,
  },
  'linkedin-sdui': {
    path: '?compose=1',
    editor: SDUI_EDITOR,
    postButton: SDUI_POST,
    trigger: SDUI_TRIGGER,
    confirm: SDUI_CONFIRM,
    quoteEditor: SDUI_EDITOR,
    quotePost: SDUI_POST,
    replyEditor: SDUI_REPLY_EDITOR,
    replyPost: SDUI_REPLY_POST,
    openReply: openSduiReply,
    intentPath: OFFSITE,
    intentTextPath: TEXT_INTENT,
    ...PREVIEW,
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
    replyEditor: SDUI_REPLY_EDITOR,
    replyPost: SDUI_REPLY_POST,
    openReply: openSduiReply,
    intentPath: `${OFFSITE}&sharebox=interop`,
    intentTextPath: `${TEXT_INTENT}&sharebox=interop`,
    ...PREVIEW,
  },
};
