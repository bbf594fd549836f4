// How a user drives each fixture site: what to click and where to type. One scenario
// (sites.test.mjs) runs against every driver, so each site proves the same behaviour.
// Playwright's CSS locators pierce open shadow roots, which Reddit needs.

export const drivers = {
  x: {
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    postButton: '[data-testid="tweetButtonInline"]',
    trigger: 'article[data-testid="tweet"] [data-testid="retweet"]',
    confirm: '#layers [role="menuitem"][data-testid="retweetConfirm"]',
    quoteEditor: '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    quotePost: '[role="dialog"] [data-testid="tweetButton"]',
  },
};
