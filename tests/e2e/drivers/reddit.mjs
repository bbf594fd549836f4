// How a user drives the reddit fixture: what to click and where to type.
// Reddit has no composer on a feed and no one-click reshare: the driver opens a post page with its
// comment composer expanded (`?compose=1`, as a click on "Join the conversation" does). Its blind
// reshare is a post's "Repost" (or Share → Crosspost), which opens the crosspost composer
// (/submit?source_id=…), then Post with nothing added.
// The comment composer is itself a reply (to the post: kind 'reply', target t3_…). A reply to a
// comment: that comment's "Reply" opens a second comment composer inside its action row (closed
// again once posted or cancelled). Share intent: /submit?title=…&url=… opens the post composer as a
// LINK post with the TITLE and the LINK FIELD prefilled — the body editor (what the extension
// pairs with Post) starts empty. Reddit shows no link card in its composers.

const REPOST = 'shreddit-post a[href*="composer_entry=crosspost_post_action_bar"]';
const POST_PAGE = '/r/rust/comments/1fx0001/rust_2027_roadmap/';
const BODY = 'r-post-composer-form shreddit-composer div[slot="rte"][contenteditable="true"]';
const SUBMIT = 'r-post-form-submit-button#submit-post-button button';

export const drivers = {
  reddit: {
    path: `${POST_PAGE}?compose=1`,
    editor: 'comment-composer-host shreddit-composer div[slot="rte"][contenteditable="true"]',
    postButton: 'comment-composer-host #comment-composer-submit-button',
    trigger: 'shreddit-post rpl-dropdown.share-dropdown-menu > button[aria-haspopup="menu"]',
    confirm: 'faceplate-menu li.share-menu-crosspost-option [role="menuitem"]',
    quoteEditor: BODY,
    quotePost: SUBMIT,
    async startReshare(page, post) {
      await page.evaluate(() => window.__fixture.navigate('/r/rust/'));
      await page.locator(REPOST).nth(post).click();
      await page.locator(this.quotePost).click();
    },

    // A reply to a comment (the reply box in that comment's action row).
    replyEditor: 'shreddit-comment-action-row comment-composer-host shreddit-composer div[slot="rte"][contenteditable="true"]',
    replyPost: 'shreddit-comment-action-row comment-composer-host #comment-composer-submit-button',
    async openReply(page, comment = 0) {
      if (!/\/comments\//.test(new URL(page.url()).pathname)) await page.evaluate((p) => window.__fixture.navigate(p), POST_PAGE);
      await page.locator('shreddit-comment-action-row button:has-text("Reply")').nth(comment).click();
      await page.waitForFunction(() => document.activeElement?.matches('shreddit-comment-action-row div[slot="rte"]'));
    },

    intentPath: '/submit?title=Heat%20pumps%20now%20outsell%20gas%20boilers%20in%20three%20countries&url=https%3A%2F%2Fexample.com%2Farticle-1',
    intentText: '', // the body starts empty: the prefill is in the fields below
    intentFields: { title: 'Heat pumps now outsell gas boilers in three countries', link: 'https://example.com/article-1' },
    intentEditor: BODY,
    intentPost: SUBMIT,

    previewUrl: null,
    previewTitle: null,
  },
};
