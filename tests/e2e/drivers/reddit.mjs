// How a user drives the reddit fixture(s): what to click and where to type.

export const drivers = {
  reddit: {
    editor: 'shreddit-composer div[role="textbox"][contenteditable="true"]',
    postButton: 'shreddit-composer button[type="submit"][slot="submit-button"]',
    trigger: 'shreddit-post shreddit-post-share-button button',
    confirm: 'shreddit-post-share-button [role="menuitem"]:has-text("Crosspost")',
    quoteEditor: 'shreddit-composer div[role="textbox"][contenteditable="true"]',
    quotePost: 'shreddit-composer button[type="submit"][slot="submit-button"]',
  },
};
