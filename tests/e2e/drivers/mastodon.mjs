// How a user drives the mastodon fixtures: what to click and where to type.
// mastodon = 4.5 ("Boost or quote" dropdown), mastodon-quick = 4.5 with quick boosting (one-click
// Boost, Quote in the "More" menu), mastodon-v44 = 4.4 (one-click Boost, no quotes at all).
// mastodon-modal and mastodon-v44-modal add the "Boost post?" confirmation: after our prompt's
// "Share anyway" (or any Boost while the extension is off) the site's own modal opens, and nothing
// is boosted until `siteConfirm` is clicked.

const EDITOR = 'textarea.autosuggest-textarea__textarea';
const POST = '.compose-form__submit > button[type="submit"]';
const BOOST = 'article .status__action-bar button.icon-button[title="Boost"]';

export const drivers = {
  mastodon: {
    editor: EDITOR,
    postButton: POST,
    trigger: 'article .status__action-bar button[title="Boost or quote"]',
    confirm: 'body > div[data-popper-placement] li.reblog-menu-item > button[data-index="0"]',
    quoteEditor: EDITOR,
    quotePost: POST,
  },
  // 4.5 with the "Boost post?" confirmation: the menu's Boost opens the site's own modal.
  'mastodon-modal': {
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
    editor: EDITOR,
    postButton: POST,
    direct: true,
    confirm: BOOST,
    // Quote is an item of the post's "More" menu (after its first separator), not of a boost menu.
    quoteEditor: EDITOR,
    quotePost: POST,
  },
  'mastodon-v44': {
    editor: EDITOR,
    postButton: POST,
    direct: true,
    confirm: BOOST,
    // Mastodon 4.4 has no quote posts: there is no quote composer to open.
    quoteEditor: null,
    quotePost: null,
  },
  'mastodon-v44-modal': {
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
