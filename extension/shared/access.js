// Which sites the browser lets Second Thought run on. A person can take one site away (Firefox:
// about:addons; Chrome: "site access: on click"), and Firefox does not grant sites an update adds:
// then the extension silently does nothing there, so the popup and the options page offer it back.

export const pattern = (origin) => `${origin}/*`;

/** The origins (e.g. 'https://x.com') among `origins` whose host permission is not granted. */
export async function missingOrigins(origins) {
  const held = await Promise.all(origins.map((origin) => chrome.permissions.contains({ origins: [pattern(origin)] })));
  return origins.filter((_, i) => !held[i]);
}

/**
 * Asks for the origins. Call it straight from the click that asked for it: the browser wants a
 * user's gesture, and any wait before it loses that.
 */
export function requestOrigins(origins) {
  return chrome.permissions.request({ origins: origins.map(pattern) });
}
