// How a user drives the bluesky fixture(s): what to click and where to type.
// The composer is an inline Radix layer (div[role=dialog][aria-modal=true] inside #root, not a
// portal); the repost menu is the real Radix DropdownMenu, opened by a click on the trigger (Bluesky
// removes Radix's pointerdown opener), its content portaled to the end of <body>.
// Replies: a feed item's Reply button opens the same composer in reply mode (the replied-to post
// above the editor). Share intent: /intent/compose?text=… opens the composer 500 ms after Home,
// `text` in the editor. Link card: a typed URL becomes a card once a SPACE follows it (or when it
// is pasted, or comes with the intent) — Bluesky waits until the link looks finished.

const EDITOR = '[role="dialog"] div.tiptap.ProseMirror[role="textbox"]';
const PUBLISH = '[role="dialog"] button[data-testid="composerPublishBtn"]';

export const drivers = {
  bluesky: {
    path: '?compose=1',
    editor: EDITOR,
    postButton: PUBLISH,
    trigger: '[data-testid^="feedItem-by-"] [data-testid="repostBtn"]',
    confirm: '[role="menu"] [data-testid="repostDropdownRepostBtn"]',
    quoteEditor: EDITOR,
    quotePost: PUBLISH,

    replyEditor: EDITOR,
    replyPost: PUBLISH,
    async openReply(page, post = 0) {
      // An open composer (the ?compose=1 one) is closed first: Cancel on an empty draft closes it.
      const cancel = page.locator('[role="dialog"] button[aria-label="Cancel"]');
      if (await cancel.count()) {
        await page.locator(EDITOR).first().click();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Backspace');
        await cancel.first().click();
        await page.locator(EDITOR).waitFor({ state: 'detached' });
      }
      await page.locator('[data-testid="followingFeedPage"] [data-testid^="feedItem-by-"] [data-testid="replyBtn"]').nth(post).click();
      await page.locator('[role="dialog"] button[aria-label="Expand or collapse the full post you are replying to"]').waitFor();
    },

    intentPath: '/intent/compose?text=Heat%20pumps%20now%20outsell%20gas%20boilers%20in%20three%20countries%20https%3A%2F%2Fexample.com%2Farticle-1',
    intentText: 'Heat pumps now outsell gas boilers in three countries https://example.com/article-1',
    intentEditor: EDITOR,
    intentPost: PUBLISH,

    previewUrl: 'https://example.com/article-1',
    previewText: 'https://example.com/article-1 ', // the trailing space makes Bluesky take the link
    previewTitle: 'Heat pumps now outsell gas boilers in three countries',
  },
};
