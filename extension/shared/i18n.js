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

// Messages with substitutions are looked up once per key as a template with private-use markers
// in place of the substitutions, then filled in here: the chip's label changes with its score.
const MARK = '\u{E000}';
const templates = new Map();
export function tFilled(key, substitutions) {
  let parts = templates.get(key);
  if (parts === undefined) {
    const marked = chrome.i18n.getMessage(key, substitutions.map((_, i) => `${MARK}${i}${MARK}`)) || key;
    parts = marked.split(MARK); // odd entries are substitution indexes
    templates.set(key, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i % 2 ? substitutions[parts[i]] : parts[i];
  return out;
}
