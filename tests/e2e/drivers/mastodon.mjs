// How a user drives the mastodon fixtures: what to click and where to type.
// mastodon = 4.5 ("Boost or quote" dropdown), mastodon-quick = 4.5 with quick boosting (one-click
// Boost, Quote in the "More" menu), mastodon-v44 = 4.4 (one-click Boost, no quotes at all).
// mastodon-modal and mastodon-v44-modal add the "Boost post?" confirmation: after our prompt's
// "Share anyway" (or any Boost while the extension is off) the site's own modal opens, and nothing
// is boosted until `siteConfirm` is clicked.

const EDITOR = 'textarea.autosuggest-textarea__textarea';
const POST = '.compose-form__submit > button[type="submit"]';
const BOOST = 'article .status__action-bar button.icon-button[title="Boost"]';

// Round 2, the same on every version: Reply puts the compose form (left pane) in reply mode — the
// reply indicator above it, "@handle " in the textarea (typing over a select-all removes that
// mention), button "Reply". /share?title=&text=&url= is a page of its own with the standalone
// compose form, "title text url" in the textarea, caret at the end. Mastodon shows no link card in
// its composer (a preview card exists only on the posted status): no previewUrl/previewTitle.
const ROUND2 = {
  replyEditor: `form.compose-form ${EDITOR}`,
  replyPost: `form.compose-form ${POST}`,
  async openReply(page, post = 0) {
    await page.locator('article[data-id] .status__action-bar button[title="Reply"]').nth(post).click();
    await page.locator('form.compose-form .reply-indicator').waitFor();
  },
  intentPath: '/share?text=Heat%20pumps%20now%20outsell%20gas%20boilers%20in%20three%20countries&url=https%3A%2F%2Fexample.com%2Farticle-1',
  intentText: 'Heat pumps now outsell gas boilers in three countries https://example.com/article-1',
  intentEditor: `#mastodon-compose ${EDITOR}`,
  intentPost: `#mastodon-compose ${POST}`,
  previewUrl: null,
  previewTitle: null,
};

export const drivers = {
  mastodon: {
    ...ROUND2,
    editor: EDITOR,
    postButton: POST,
    trigger: 'article .status__action-bar button[title="Boost or quote"]',
    confirm: 'body > div[data-popper-placement] li.reblog-menu-item > button[data-index="0"]',
    quoteEditor: EDITOR,
    quotePost: POST,
  },
  // 4.5 with the "Boost post?" confirmation: the menu's Boost opens the site's own modal.
  'mastodon-modal': {
    ...ROUND2,
    fixture: 'mastodon',
    path: '?boostModal=1',
    editor: EDITOR,
    postButton: POST,
    trigger: 'article .status__action-bar button[title="Boost or quote"]',
    confirm: 'body > div[data-popper-placement] li.reblog-menu-item > button[data-index="0"]',
    siteConfirm: '.modal-root__container .safety-action-modal__actions > button.button',
    quoteEditor: EDITOR,
    quotePost: POST,
  },
  'mastodon-quick': {
    ...ROUND2,
    editor: EDITOR,
    postButton: POST,
    direct: true,
    confirm: BOOST,
    // Quote is an item of the post's "More" menu (after its first separator), not of a boost menu.
    quoteEditor: EDITOR,
    quotePost: POST,
  },
  'mastodon-v44': {
    ...ROUND2,
    editor: EDITOR,
    postButton: POST,
    direct: true,
    confirm: BOOST,
    // Mastodon 4.4 has no quote posts: there is no quote composer to open.
    quoteEditor: null,
    quotePost: null,
  },
  'mastodon-v44-modal': {
    ...ROUND2,
    fixture: 'mastodon-v44',
    path: '?boostModal=1',
    editor: EDITOR,
    postButton: POST,
    direct: true,
    confirm: BOOST,
    // The site's own confirmation, which alone boosts: `.ui > .modal-root [role=dialog]`, button "Boost".
    siteConfirm: '.modal-root__container .safety-action-modal__actions > button.button',
    quoteEditor: null,
    quotePost: null,
  },
};
