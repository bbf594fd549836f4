// How a user drives the reddit fixture: what to click and where to type.
// Reddit has no composer on a feed and no one-click reshare: the driver opens a post page with its
// comment composer expanded (`?compose=1`, as a click on "Join the conversation" does). Its blind
// reshare is a post's "Repost" (or Share → Crosspost), which opens the crosspost composer
// (/submit?source_id=…), then Post with nothing added.

const REPOST = 'shreddit-post a[href*="composer_entry=crosspost_post_action_bar"]';

export const drivers = {
  reddit: {
    path: '/r/rust/comments/1fx0001/rust_2027_roadmap/?compose=1',
    editor: 'comment-composer-host shreddit-composer div[slot="rte"][contenteditable="true"]',
    postButton: 'comment-composer-host #comment-composer-submit-button',
    trigger: 'shreddit-post rpl-dropdown.share-dropdown-menu > button[aria-haspopup="menu"]',
    confirm: 'faceplate-menu li.share-menu-crosspost-option [role="menuitem"]',
    quoteEditor: 'r-post-composer-form shreddit-composer div[slot="rte"][contenteditable="true"]',
    quotePost: 'r-post-form-submit-button#submit-post-button button',
    async startReshare(page, post) {
      await page.evaluate(() => window.__fixture.navigate('/r/rust/'));
      await page.locator(REPOST).nth(post).click();
      await page.locator(this.quotePost).click();
    },
  },
};
