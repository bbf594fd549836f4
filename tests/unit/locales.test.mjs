// Every string the user sees comes from _locales. These checks keep the five locales in step with
// each other and with the code: no missing, empty or unused message, placeholders that match, and
// complete message families for every id the Rust core can emit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const LOCALES_DIR = join(ROOT, 'extension/_locales');
const LOCALES = ['en', 'es', 'de', 'fr', 'ja'];

// What the scorer planned before src/score exported its id lists; used only until they exist.
const PLANNED_REASONS = ['only-link', 'pasted-headline', 'copied-quote', 'filler', 'hashtag-pile', 'marketing', 'shouting', 'emoji-only', 'too-short', 'gives-reason', 'asks-question', 'specific-detail', 'personal-view'];
const PLANNED_SUGGESTIONS = ['say-why', 'ask-readers', 'add-detail', 'own-words', 'fewer-hashtags'];

function* walk(dir, pattern) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path, pattern);
    else if (pattern.test(name)) yield path;
  }
}

function load(locale) {
  const path = join(LOCALES_DIR, locale, 'messages.json');
  const raw = readFileSync(path, 'utf8');
  let json;
  assert.doesNotThrow(() => (json = JSON.parse(raw)), `${locale}/messages.json is not valid JSON`);
  return json;
}

const messages = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
const en = messages.en;
const enKeys = Object.keys(en).sort();

const code = [...walk(join(ROOT, 'extension'), /\.(m?js)$/)].map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
const html = [...walk(join(ROOT, 'extension'), /\.html$/)].map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
const rust = [...walk(join(ROOT, 'src'), /\.rs$/)].map((p) => readFileSync(p, 'utf8')).join('\n');

/** Quoted string items of `const NAME: ... = [ ... ];` in the Rust source, or null when absent. */
export function rustIdList(source, name) {
  const m = new RegExp(`\\b${name}\\s*:[^=]*=\\s*&?\\[([\\s\\S]*?)\\];`).exec(source);
  if (!m) return null;
  return [...m[1].matchAll(/"([^"\\]+)"/g)].map((x) => x[1]);
}

/** Variant names of a Rust enum, in the serde case the core uses on the wire. */
function rustEnum(source, name, rename) {
  const m = new RegExp(`enum\\s+${name}\\s*\\{([^}]*)\\}`).exec(source);
  assert.ok(m, `enum ${name} not found in src/`);
  const variants = m[1]
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => /^[A-Z]\w*,?$/.test(line))
    .map((line) => line.replace(',', ''));
  return variants.map((v) => (rename === 'lowercase' ? v.toLowerCase() : v.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase()));
}

const idKey = (prefix, id) => `${prefix}_${id.replaceAll('-', '_')}`;
const placeholders = (text) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

function families() {
  const variants = Number(/pub const VARIANTS:\s*u8\s*=\s*(\d+)/.exec(rust)?.[1]);
  assert.ok(variants > 0, 'VARIANTS not found in src/policy');
  const reasons = rustIdList(rust, 'REASON_IDS');
  const suggestions = rustIdList(rust, 'SUGGESTION_IDS');
  const range = [...Array(variants).keys()].map(String);
  return {
    level: { ids: rustEnum(rust, 'Level', 'lowercase'), key: (id) => `level_${id}`, exact: true },
    nudge_title: { ids: range, key: (id) => `nudge_title_${id}`, exact: true },
    nudge_body: { ids: range, key: (id) => `nudge_body_${id}`, exact: true },
    nudge_changed: { ids: rustEnum(rust, 'Change', 'snake_case'), key: (id) => `nudge_changed_${id}`, exact: true },
    reason: { ids: reasons ?? PLANNED_REASONS, key: (id) => idKey('reason', id), exact: reasons != null },
    suggestion: { ids: suggestions ?? PLANNED_SUGGESTIONS, key: (id) => idKey('suggestion', id), exact: suggestions != null },
  };
}

test('every locale has exactly the keys of en', () => {
  for (const locale of LOCALES) {
    const keys = Object.keys(messages[locale]).sort();
    const missing = enKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !enKeys.includes(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${locale} differs from en`);
  }
});

test('no message is empty, and placeholders match en', () => {
  for (const locale of LOCALES) {
    for (const [key, entry] of Object.entries(messages[locale])) {
      assert.equal(typeof entry?.message, 'string', `${locale}.${key} has no message string`);
      assert.ok(entry.message.trim().length > 0, `${locale}.${key} is empty`);
      assert.deepEqual(placeholders(entry.message), placeholders(en[key]?.message ?? ''), `${locale}.${key} placeholders differ from en`);
      // A lone "$" not followed by a digit or "$" is eaten by chrome.i18n.
      assert.doesNotMatch(entry.message, /\$(?![1-9$])/, `${locale}.${key} has a stray $`);
      assert.ok(!/^@@/.test(key), `${locale}.${key} uses a reserved name`);
    }
  }
});

test('store limits: name and description fit', () => {
  for (const locale of LOCALES) {
    assert.ok(messages[locale].ext_name.message.length <= 75, `${locale} ext_name over 75 characters`);
    assert.ok(messages[locale].ext_description.message.length <= 132, `${locale} ext_description over 132 characters`);
  }
});

test('every key the code asks for exists', () => {
  const asked = new Map();
  const note = (key, where) => asked.has(key) || asked.set(key, where);
  for (const { path, text } of code) for (const m of text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) note(m[1], path);
  for (const { path, text } of html) for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) note(m[1], path);
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) note(m[1], 'manifest.json');
  assert.ok(asked.size > 50, `only ${asked.size} literal keys found; is the scan broken?`);
  const missing = [...asked].filter(([key]) => !key.startsWith('@@') && !(key in en)).map(([key, where]) => `${key} (${where})`);
  assert.deepEqual(missing, []);
});

test('message families are complete for every id the core emits', (t) => {
  for (const [name, family] of Object.entries(families())) {
    if (!family.exact) t.diagnostic(`${name}: the Rust id list is not there yet; checked against the planned ids`);
    assert.ok(family.ids.length > 0, `${name}: no ids found`);
    const missing = family.ids.map(family.key).filter((key) => !(key in en));
    assert.deepEqual(missing, [], `${name}: messages missing`);
  }
});

test('no stale family messages once the core lists its ids', (t) => {
  for (const [name, family] of Object.entries(families())) {
    if (!family.exact) {
      t.diagnostic(`${name}: skipped until the Rust id list exists`);
      continue;
    }
    const wanted = new Set(family.ids.map(family.key));
    const prefix = `${name}_`;
    const stale = enKeys.filter((k) => k.startsWith(prefix) && !wanted.has(k));
    assert.deepEqual(stale, [], `${name}: messages for ids the core no longer emits`);
  }
});

test('the code uses each family dynamically', () => {
  const all = code.map((c) => c.text).join('\n');
  for (const name of Object.keys(families())) {
    const dynamic = all.includes(`\`${name}_\${`) || all.includes(`idKey('${name}'`);
    assert.ok(dynamic, `no code builds ${name}_<id> keys; the family would be unused`);
  }
});

test('every en message is used somewhere', () => {
  const fam = families();
  const familyKeys = new Set(Object.values(fam).flatMap((f) => f.ids.map(f.key)));
  // A key counts as used when it appears as a whole quoted string in extension code (t('k'),
  // lookup tables, plural pairs), in the manifest, or in an HTML data-i18n attribute.
  const used = new Set();
  for (const { text } of code) for (const m of text.matchAll(/['"`]([a-z0-9_]+)['"`]/g)) used.add(m[1]);
  for (const { text } of html) for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)) used.add(m[1]);
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
  const unused = enKeys.filter((k) => !used.has(k) && !familyKeys.has(k));
  assert.deepEqual(unused, []);
});

test('en messages carry a description for translators when they take placeholders', () => {
  for (const [key, entry] of Object.entries(en)) {
    if (placeholders(entry.message).length) assert.ok(entry.description?.trim(), `en.${key} needs a description of $1..`);
  }
});

test('the Rust id-list parser reads a const array', () => {
  const src = 'pub const REASON_IDS: &[&str] = &[\n  "only-link", // one\n  "too-short",\n];';
  assert.deepEqual(rustIdList(src, 'REASON_IDS'), ['only-link', 'too-short']);
  assert.equal(rustIdList('nothing here', 'REASON_IDS'), null);
  assert.ok(existsSync(LOCALES_DIR));
});
