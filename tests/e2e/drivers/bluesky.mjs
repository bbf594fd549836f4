// How a user drives the bluesky fixture(s): what to click and where to type.
// The composer is an inline Radix layer (div[role=dialog][aria-modal=true] inside #root, not a
// portal); the repost menu is the real Radix DropdownMenu, opened by a click on the trigger (Bluesky
// removes Radix's pointerdown opener), its content portaled to the end of <body>.

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
