// Every user-facing string comes from _locales. A missing key shows the key itself, which the
// locale test catches before it ships.
// Messages without substitutions are looked up once: the chip asks for the same few on every keystroke.
const plain = new Map();
export function t(key, substitutions) {
  if (substitutions === undefined) {
    let message = plain.get(key);
    if (message === undefined) plain.set(key, (message = chrome.i18n.getMessage(key) || key));
    return message;
  }
  return chrome.i18n.getMessage(key, substitutions) || key;
}

/** Message key for a scorer id such as "only-link" with a prefix: reason_only_link. */
export function idKey(prefix, id) {
  return `${prefix}_${id.replaceAll('-', '_')}`;
}
