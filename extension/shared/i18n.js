// Every user-facing string comes from _locales. A missing key shows the key itself, which the
// locale test catches before it ships.
export function t(key, substitutions) {
  return chrome.i18n.getMessage(key, substitutions) || key;
}

/** Message key for a scorer id such as "only-link" with a prefix: reason_only_link. */
export function idKey(prefix, id) {
  return `${prefix}_${id.replaceAll('-', '_')}`;
}
