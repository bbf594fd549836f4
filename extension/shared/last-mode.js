// A switch turns a site back on in the mode it had before it was turned off. That memory is a UI
// convenience only (a mode name, never any text), so it stays in this browser's extension-page
// storage instead of the synced settings.
const KEY = (site) => `last-mode:${site}`;

export function rememberMode(site, mode) {
  if (mode !== 'gentle' && mode !== 'pause') return;
  try {
    localStorage.setItem(KEY(site), mode);
  } catch {
    // Storage can be unavailable; recallMode then falls back to the default.
  }
}

/** The mode to turn a site back on with: the remembered one, else "pause" (the product default). */
export function recallMode(site) {
  try {
    return localStorage.getItem(KEY(site)) === 'gentle' ? 'gentle' : 'pause';
  } catch {
    return 'pause';
  }
}
