// How a user drives the facebook fixture(s): what to click and where to type.
// The share sheet is a composer of its own: its Lexical box ("Say something about this...") and
// "Share now" are both the quote editor/button and, with the box empty, the blind reshare.

// Replies: "Leave a comment" mounts the comment box under the story (Lexical in form[role=presentation]),
// sent by #focused-state-composer-submit's div[role=button][aria-label=Comment] (or Enter).
const REPLY_EDITOR = 'form[role="presentation"] [data-lexical-editor="true"][role="textbox"][aria-label="Write a comment…"]';
const REPLY_POST = 'form[role="presentation"] #focused-state-composer-submit [role="button"]';
// The share intent /sharer/sharer.php?u=…: its own composer, the box empty, the link as a card.
const PREVIEW_URL = 'https://example.com/article-1';

export const drivers = {
  facebook: {
    path: '?compose=1',
    editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"][role="textbox"]',
    postButton: '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
    trigger: '[role="button"][aria-label="Send this to friends or post it on your profile."]',
    confirm: '[role="dialog"] form [role="button"][aria-label="Share now"]',
    quoteEditor: '[role="dialog"] form [data-lexical-editor="true"][aria-placeholder="Say something about this..."]',
    quotePost: '[role="dialog"] form [role="button"][aria-label="Share now"]',
    replyEditor: REPLY_EDITOR,
    replyPost: REPLY_POST,
    async openReply(page) {
      // A composer opened on load (`?compose=1`) covers the feed: close it first.
      if (await page.locator('[role="dialog"]').count()) await page.keyboard.press('Escape');
      await page.locator('[role="feed"] [aria-posinset] [role="button"][aria-label="Leave a comment"]').first().click();
      await page.locator(REPLY_EDITOR).first().waitFor();
    },
    intentPath: `/sharer/sharer.php?u=${encodeURIComponent(PREVIEW_URL)}`,
    intentEditor: '[role="dialog"] form [data-lexical-editor="true"][aria-placeholder="Say something about this..."]',
    intentPost: '[role="dialog"] form [role="button"][aria-label="Post to Facebook"]',
    previewUrl: PREVIEW_URL,
    previewTitle: 'Heat pumps now outsell gas boilers in three countries',
  },
};
