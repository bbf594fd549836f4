// How a user drives the threads fixture(s): what to click and where to type. The "Post" control is
// a div[role=button] named only by its text; the inline entry row on the feed has one too.

export const drivers = {
  threads: {
    path: '?compose=1',
    editor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    postButton: '[role="dialog"] div[role="button"]:has-text("Post")',
    trigger: '[data-pressable-container="true"] div[role="button"]:has(svg[aria-label="Repost"])',
    confirm: '[role="menu"] [role="menuitem"]:has(svg[aria-label="Repost"])',
    quoteEditor: '[role="dialog"] [role="textbox"][contenteditable="true"]',
    quotePost: '[role="dialog"] div[role="button"]:has-text("Post")',
  },
};
