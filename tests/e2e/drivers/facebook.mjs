// How a user drives the facebook fixture(s): what to click and where to type.

export const drivers = {
  facebook: {
    path: '?compose=1',
    editor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    postButton: '[role="dialog"] [role="button"][aria-label="Post"]',
    trigger: '[role="button"][aria-label="Send this to friends or post it on your profile."]',
    confirm: '[role="dialog"] [role="button"][aria-label="Share now"]',
    quoteEditor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    quotePost: '[role="dialog"] [role="button"][aria-label="Post"]',
  },
};
