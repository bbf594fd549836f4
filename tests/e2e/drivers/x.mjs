// How a user drives the x fixture(s): what to click and where to type.

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
