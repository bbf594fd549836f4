// How a user drives the threads fixture(s): what to click and where to type. The "Post" control is
// a div[role=button] named only by its text; the inline entry row on the feed has one too.

// Replies: on a post page (/@<handle>/post/<id>, reached by a post's time link) the inline reply box under
// the main post; its submit is an icon control, div[role=button] > div > svg[aria-label=Reply] — the
// page's second svg[aria-label=Reply] (the first is the main post's own Reply action). A feed post's
// Reply opens the composer dialog instead (`replyDialog*`: its submit is "Post").
const REPLY_EDITOR = '[data-lexical-editor="true"][aria-placeholder^="Reply to "]';
const REPLY_POST = `div:has(> div > ${REPLY_EDITOR}) ~ div [role="button"]:has(> div > svg[aria-label="Reply"])`;
const PREVIEW_URL = 'https://example.com/article-1';

export const drivers = {
  threads: {
    path: '?compose=1',
    editor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    postButton: '[role="dialog"] div[role="button"]:has-text("Post")',
    trigger: '[data-pressable-container="true"] div[role="button"]:has(svg[aria-label="Repost"])',
    confirm: '[role="menu"] [role="menuitem"]:has(svg[aria-label="Repost"])',
    quoteEditor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    quotePost: '[role="dialog"] div[role="button"]:has-text("Post")',
    replyEditor: REPLY_EDITOR,
    replyPost: REPLY_POST,
    async openReply(page) {
      // A composer opened on load (`?compose=1`) covers the feed: close it first.
      if (await page.locator('[role="dialog"]').count()) await page.keyboard.press('Escape');
      const main = page.locator('[data-pressable-container="true"]').first();
      await main.locator('a[href*="/post/"]').click();
      await page.locator(REPLY_EDITOR).first().waitFor();
      await page.locator('[data-pressable-container="true"]').first().locator('[role="button"]:has(> div > svg[aria-label="Reply"])').click();
    },
    replyDialogEditor: `[role="dialog"] ${REPLY_EDITOR}`,
    replyDialogPost: '[role="dialog"] div[role="button"]:has-text("Post")',
    async openReplyDialog(page) {
      if (await page.locator('[role="dialog"]').count()) await page.keyboard.press('Escape');
      await page.locator('[data-pressable-container="true"]').first().locator('[role="button"]:has(> div > svg[aria-label="Reply"])').click();
      await page.locator(`[role="dialog"] ${REPLY_EDITOR}`).waitFor();
    },
    intentPath: `/intent/post?text=${encodeURIComponent('Heat pumps now outsell gas boilers in three countries')}&url=${encodeURIComponent(PREVIEW_URL)}`,
    previewUrl: PREVIEW_URL,
    previewTitle: 'Heat pumps now outsell gas boilers in three countries',
  },
};
