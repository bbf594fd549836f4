// The store material stays complete: a listing in every UI language with the same parts as the
// English one and within the stores' limits, a justification for exactly the permissions the
// manifest asks for, and a privacy policy that names every storage key the extension writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const LOCALES = readdirSync(join(ROOT, 'extension/_locales')).sort();
const manifest = JSON.parse(read('manifest.json'));
const SITE_NAMES = readdirSync(join(ROOT, 'extension/sites')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(read(`extension/sites/${f}`)).name);

const listing = (lang, part) => read(`store/listing/${lang}/${part}.txt`);
const paragraphs = (text) => text.trim().split(/\n\s*\n/);
const bullets = (text) => text.split('\n').filter((line) => line.startsWith('• '));

test('a store listing exists for every UI language, and for no other', () => {
  assert.deepEqual(readdirSync(join(ROOT, 'store/listing')).sort(), LOCALES);
  for (const lang of LOCALES) for (const part of ['summary', 'description']) assert.ok(existsSync(join(ROOT, `store/listing/${lang}/${part}.txt`)), `${lang}/${part}.txt`);
});

test('summaries: one line, at most 132 characters (the tighter of the two stores)', () => {
  for (const lang of LOCALES) {
    const summary = listing(lang, 'summary');
    assert.ok(summary.trim().length > 0, `${lang} summary is empty`);
    assert.ok(!summary.trim().includes('\n'), `${lang} summary is one line`);
    assert.ok([...summary.trim()].length <= 132, `${lang} summary has ${[...summary.trim()].length} characters`);
  }
});

test('descriptions: translated, with the same paragraphs and bullets as English, under 16,000 characters', () => {
  const en = listing('en', 'description');
  for (const lang of LOCALES) {
    const text = listing(lang, 'description');
    assert.equal(paragraphs(text).length, paragraphs(en).length, `${lang}: paragraphs`);
    assert.equal(bullets(text).length, bullets(en).length, `${lang}: bullets`);
    assert.ok(text.length < 16_000, `${lang}: too long for the Chrome Web Store`);
    if (lang !== 'en') {
      assert.notEqual(text, en, `${lang} is the English text`);
      assert.notEqual(listing(lang, 'summary'), listing('en', 'summary'), `${lang} summary is the English one`);
    }
    for (const name of SITE_NAMES) assert.ok(text.includes(name), `${lang} description does not name ${name}`);
  }
  assert.match(listing('ja', 'description'), /[\u3040-\u30ff]/, 'ja is written in Japanese');
});

test('permissions.md justifies exactly the permissions manifest.json asks for', () => {
  const doc = read('store/permissions.md');
  const justified = new Set([...doc.matchAll(/^#{2,3} (.+)$/gm)].flatMap((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1])));
  const asked = [...manifest.permissions, ...manifest.host_permissions, ...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  assert.deepEqual(asked.filter((p) => !justified.has(p)), [], 'asked for without a justification (a heading naming it in backticks)');
  assert.deepEqual([...justified].filter((p) => !asked.includes(p)), [], 'justified but no longer asked for');
});

test('PRIVACY.md names every storage key the extension writes', () => {
  const privacy = read('PRIVACY.md');
  const code = readdirSync(join(ROOT, 'extension'), { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => read(join('extension', f)))
    .join('\n');
  // chrome.storage through background/store.js: update/read/write/remove(area, key or [keys]).
  const stored = [...code.matchAll(/\(\s*'(?:local|sync|session)',\s*\[?\s*'([\w-]+)'/g)].map((m) => m[1]);
  // Extension pages' localStorage: keys built as `name:${…}` or given literally.
  const pages = [...code.matchAll(/localStorage\.setItem\(\s*(\w+)\(/g)].flatMap(([, fn]) => [...code.matchAll(new RegExp(`const ${fn} = \\([^)]*\\) => \`([\\w-]+):`, 'g'))].map((m) => `${m[1]}:`));
  assert.ok(stored.length >= 3, `found only ${stored} in the code; is the scan broken?`);
  for (const key of new Set([...stored, ...pages])) assert.ok(privacy.includes(`\`${key}`), `PRIVACY.md does not name the stored key "${key}"`);
});
