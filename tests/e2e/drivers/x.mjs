// How a user drives the x fixture(s): what to click and where to type.
// Replies: the status page's inline reply box (open a post by clicking its time, as on x.com) and the
// reply modal (a post's Reply button). Share intent: /intent/post opens the compose modal with the
// intent's text in the editor. A URL typed into any composer brings a link card after a short delay.

const INLINE_REPLY = '[data-testid="inline_reply_offscreen"]';
const DIALOG_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
const DIALOG_POST = '[role="dialog"] [data-testid="tweetButton"]';
const TIMELINE_POST = '[data-testid="primaryColumn"] article[data-testid="tweet"]';

export const drivers = {
  x: {
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    postButton: '[data-testid="tweetButtonInline"]',
    trigger: 'article[data-testid="tweet"] [data-testid="retweet"]',
    confirm: '#layers [role="menuitem"][data-testid="retweetConfirm"]',
    quoteEditor: DIALOG_EDITOR,
    quotePost: DIALOG_POST,

    // Reply on a post's own page: the inline box beside the focal post (button "Reply").
    replyEditor: `${INLINE_REPLY} [data-testid="tweetTextarea_0"][contenteditable="true"]`,
    replyPost: `${INLINE_REPLY} [data-testid="tweetButtonInline"]`,
    async openReply(page, post = 0) {
      await page.locator(`${TIMELINE_POST} a[href*="/status/"]:has(time)`).nth(post).click();
      await page.locator(this.replyEditor).waitFor();
    },
    // Reply from a timeline: the post's Reply button opens the reply modal (button "Reply").
    replyModalEditor: DIALOG_EDITOR,
    replyModalPost: DIALOG_POST,
    async openReplyModal(page, post = 0) {
      await page.locator(`${TIMELINE_POST} [data-testid="reply"]`).nth(post).click();
      await page.locator(DIALOG_EDITOR).waitFor();
    },

    // Share intent: the compose modal over Home, prefilled "<text> <url> #tags via @user".
    intentPath: '/intent/post?text=Heat%20pumps%20now%20outsell%20gas%20boilers%20in%20three%20countries&url=https%3A%2F%2Fexample.com%2Farticle-1',
    intentText: 'Heat pumps now outsell gas boilers in three countries https://example.com/article-1',
    intentEditor: DIALOG_EDITOR,
    intentPost: DIALOG_POST,

    // Link card in the composer: the card for the draft's last URL, ~0.4 s after it is typed.
    previewUrl: 'https://example.com/article-1',
    previewTitle: 'Heat pumps now outsell gas boilers in three countries',
  },
};
