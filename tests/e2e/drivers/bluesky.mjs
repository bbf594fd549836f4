// How a user drives the bluesky fixture(s): what to click and where to type.

export const drivers = {
  bluesky: {
    path: '?compose=1',
    editor: '[role="dialog"] div.tiptap.ProseMirror[role="textbox"]',
    postButton: '[role="dialog"] button[data-testid="composerPublishBtn"]',
    trigger: '[data-testid^="feedItem-by-"] [data-testid="repostBtn"]',
    confirm: '[role="menu"] [data-testid="repostDropdownRepostBtn"]',
    quoteEditor: '[role="dialog"] div.tiptap.ProseMirror[role="textbox"]',
    quotePost: '[role="dialog"] button[data-testid="composerPublishBtn"]',
  },
};
