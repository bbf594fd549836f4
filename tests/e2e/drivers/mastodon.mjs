// How a user drives the mastodon fixture(s): what to click and where to type.

export const drivers = {
  mastodon: {
    editor: 'textarea.autosuggest-textarea__textarea',
    postButton: '.compose-form__submit > button[type="submit"]',
    trigger: 'button[title="Boost or quote"]',
    confirm: '.dropdown-menu li.reblog-menu-item button >> nth=0',
    quoteEditor: 'textarea.autosuggest-textarea__textarea',
    quotePost: '.compose-form__submit > button[type="submit"]',
  },
};
