// How a user drives the facebook fixture(s): what to click and where to type.
// The share sheet is a composer of its own: its Lexical box ("Say something about this...") and
// "Share now" are both the quote editor/button and, with the box empty, the blind reshare.

export const drivers = {
  facebook: {
    path: '?compose=1',
    editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"][role="textbox"]',
    postButton: '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
    trigger: '[role="button"][aria-label="Send this to friends or post it on your profile."]',
    confirm: '[role="dialog"] form [role="button"][aria-label="Share now"]',
    quoteEditor: '[role="dialog"] form [data-lexical-editor="true"][aria-placeholder="Say something about this..."]',
    quotePost: '[role="dialog"] form [role="button"][aria-label="Share now"]',
  },
};
