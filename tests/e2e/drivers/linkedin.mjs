// How a user drives the linkedin fixture(s): what to click and where to type.

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
};
