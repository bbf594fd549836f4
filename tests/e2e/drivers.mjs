// How a user drives each fixture site: what to click and where to type. One scenario
// (sites.test.mjs) runs against every driver, so each site proves the same behaviour.
// Playwright's CSS locators pierce open shadow roots, which Reddit needs. `path` opens the page
// with its composer showing where the site hides it behind a button.

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
  facebook: {
    path: '?compose=1',
    editor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    postButton: '[role="dialog"] [role="button"][aria-label="Post"]',
    trigger: '[role="button"][aria-label="Send this to friends or post it on your profile."]',
    confirm: '[role="dialog"] [role="button"][aria-label="Share now"]',
    quoteEditor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    quotePost: '[role="dialog"] [role="button"][aria-label="Post"]',
  },
  linkedin: {
    path: '?compose=1',
    editor: '[role="dialog"] div.ql-editor[role="textbox"]',
    postButton: '[role="dialog"] button.share-actions__primary-action',
    trigger: 'button.social-reshare-button',
    confirm: '.social-reshare-button__sharing-as-is-dropdown-item',
    quoteEditor: '[role="dialog"] div.ql-editor[role="textbox"]',
    quotePost: '[role="dialog"] button.share-actions__primary-action',
  },
  mastodon: {
    editor: 'textarea.autosuggest-textarea__textarea',
    postButton: '.compose-form__submit > button[type="submit"]',
    trigger: 'button[title="Boost or quote"]',
    confirm: '.dropdown-menu li.reblog-menu-item button >> nth=0',
    quoteEditor: 'textarea.autosuggest-textarea__textarea',
    quotePost: '.compose-form__submit > button[type="submit"]',
  },
  reddit: {
    editor: 'shreddit-composer div[role="textbox"][contenteditable="true"]',
    postButton: 'shreddit-composer button[type="submit"][slot="submit-button"]',
    trigger: 'shreddit-post shreddit-post-share-button button',
    confirm: 'shreddit-post-share-button [role="menuitem"]:has-text("Crosspost")',
    quoteEditor: 'shreddit-composer div[role="textbox"][contenteditable="true"]',
    quotePost: 'shreddit-composer button[type="submit"][slot="submit-button"]',
  },
  threads: {
    path: '?compose=1',
    editor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    postButton: '[role="dialog"] div[role="button"]:has-text("Post")',
    trigger: '[data-pressable-container="true"] div[role="button"]:has(svg[aria-label="Repost"])',
    confirm: '[role="menu"] [role="menuitem"]:has(svg[aria-label="Repost"])',
    quoteEditor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    quotePost: '[role="dialog"] div[role="button"]:has-text("Post")',
  },
  x: {
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    postButton: '[data-testid="tweetButtonInline"]',
    trigger: 'article[data-testid="tweet"] [data-testid="retweet"]',
    confirm: '#layers [role="menuitem"][data-testid="retweetConfirm"]',
    quoteEditor: '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]',
    quotePost: '[role="dialog"] [data-testid="tweetButton"]',
  },
};
