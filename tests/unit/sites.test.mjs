// Lints the site table: complete, sorted, valid selectors, and in step with manifest.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'css-what';
import { build } from 'esbuild';

const dir = new URL('../../extension/sites/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url)));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const sites = files.map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, dir))) }));
const SELECTOR_LISTS = ['composer.editor', 'composer.postButton', 'composer.quoteEmbed', 'post', 'postLink', 'reshare.trigger', 'reshare.quote', 'reshare.menu'];
// May be empty: a menu's instant reshare item (`confirm`: Reddit has none, its Crosspost opens a
// composer) and one-click reshare controls on the post (`direct`), where the site has them.
const OPTIONAL_SELECTOR_LISTS = ['reshare.confirm', 'reshare.direct'];
// Absent where the site has none: the post's menu that holds Quote when no reshare menu does
// (Mastodon's "More" with quick boosting); where a reply composer shows the post it answers; the
// title of the link card inside the composer.
const ABSENT_OR_SELECTORS = ['reshare.quoteMenu', 'composer.replyTo', 'composer.linkPreview'];
const TEXT_LISTS = ['composer.postButtonText', 'reshare.quoteText'];
// Empty where `confirm` is: the text of a menu's instant reshare item.
const OPTIONAL_TEXT_LISTS = ['reshare.confirmText'];
const at = (obj, path) => path.split('.').reduce((o, k) => o?.[k], obj);

test('the seven supported sites, one file each, named by id', () => {
  assert.deepEqual(sites.map((s) => s.id), ['bluesky', 'facebook', 'linkedin', 'mastodon', 'reddit', 'threads', 'x']);
  for (const s of sites) assert.equal(s.file, `${s.id}.json`);
});

test('index.js lists every site file', () => {
  const index = readFileSync(new URL('index.js', dir), 'utf8');
  for (const s of sites) assert.match(index, new RegExp(`import ${s.id} from './${s.id}.json'`));
});

test('shared/names.js has every site with its id, name and hosts, in table order', async () => {
  // Bundled as the pages get it: its named imports of the JSON files need esbuild.
  const entry = fileURLToPath(new URL('../../extension/shared/names.js', import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  const names = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
  assert.deepEqual(names.BUILT_IN_SITES, sites.map(({ id, name, hosts }) => ({ id, name, hosts })));
  assert.equal(names.builtInForHost('mobile.x.com')?.id, 'x');
  assert.equal(names.builtInForHost('fosstodon.example'), null);
});

for (const site of sites) {
  test(`${site.id}: every selector list is non-empty and parses`, () => {
    for (const path of SELECTOR_LISTS) {
      const list = at(site, path);
      assert.ok(Array.isArray(list) && list.length > 0, `${path} must list selectors`);
      for (const selector of list) assert.doesNotThrow(() => parse(selector), `${path}: ${selector}`);
      assert.equal(new Set(list).size, list.length, `${path} has duplicates`);
    }
    for (const path of OPTIONAL_SELECTOR_LISTS) {
      const list = at(site, path);
      assert.ok(Array.isArray(list), `${path} must be a list (empty when the site has none)`);
      for (const selector of list) assert.doesNotThrow(() => parse(selector), `${path}: ${selector}`);
    }
    for (const path of ABSENT_OR_SELECTORS) {
      const list = at(site, path) ?? [];
      assert.ok(Array.isArray(list), `${path} is a list of selectors when present`);
      for (const selector of list) assert.doesNotThrow(() => parse(selector), `${path}: ${selector}`);
    }
    // Share-intent pages: a path and the query parameters whose values the site puts in the editor.
    for (const intent of site.composer.intents ?? []) {
      assert.match(intent.path, /^\/[\w./-]*$/, 'an intent path starts with /');
      // An intent that only attaches a link (LinkedIn's share-offsite, Facebook's sharer) prefills no text.
      assert.ok(Array.isArray(intent.params) && intent.params.every((p) => /^[a-z_]+$/.test(p)), `intent ${intent.path} lists its parameters`);
    }
    // Shift-click on the menu trigger reshares at once (Mastodon): a flag, when present.
    assert.ok([undefined, true, false].includes(site.reshare.shiftReshares), 'reshare.shiftReshares is true or false');
  });

  test(`${site.id}: text fallbacks, hotkeys and hosts are well formed`, () => {
    for (const path of [...TEXT_LISTS, ...OPTIONAL_TEXT_LISTS]) {
      const list = at(site, path);
      const required = TEXT_LISTS.includes(path);
      assert.ok(Array.isArray(list) && (list.length > 0 || !required) && list.every((t) => typeof t === 'string' && t.trim() === t && t), path);
    }
    assert.equal(site.reshare.confirm.length === 0, site.reshare.confirmText.length === 0, 'confirmText is empty exactly when confirm is');
    for (const hotkey of site.reshare.hotkeys) {
      assert.equal(hotkey.key.length, 1, 'hotkeys are single keys');
      for (const s of hotkey.within) assert.doesNotThrow(() => parse(s));
    }
    assert.deepEqual([...site.hosts].sort(), site.hosts, 'hosts are sorted');
    for (const host of site.hosts) assert.match(host, /^[a-z0-9.-]+\.[a-z]+$/);
    assert.ok(site.name && typeof site.name === 'string');
    assert.ok(Array.isArray(site.shadowHosts));
    // Query parameters that mark a composer page opened to reshare a post (Reddit's ?source_id=).
    const params = site.composer.quoteParams ?? [];
    assert.ok(Array.isArray(params) && params.every((p) => /^[a-z_]+$/.test(p)), 'composer.quoteParams are query parameter names');
    // Containers whose composer reshares a post with the words typed (Facebook's share sheet).
    const scopes = site.composer.quoteScope ?? [];
    assert.ok(Array.isArray(scopes), 'composer.quoteScope is a list of selectors');
    for (const selector of scopes) assert.doesNotThrow(() => parse(selector), `composer.quoteScope: ${selector}`);
    const blind = site.reshare.confirm.length + site.reshare.direct.length + params.length + scopes.length;
    assert.ok(blind > 0, 'the site has a blind reshare to catch: a menu item, a one-click control, or an empty quote');
  });

  test(`${site.id}: the manifest matches and grants every host`, () => {
    for (const host of site.hosts) {
      const pattern = `https://${host}/*`;
      assert.ok(manifest.host_permissions.includes(pattern), `host_permissions lacks ${pattern}`);
      assert.ok(manifest.content_scripts[0].matches.includes(pattern), `content_scripts lacks ${pattern}`);
    }
  });
}

// Mastodon instances the user adds need the scorer too, so it is exposed to every https page, but
// only under the per-session dynamic id: a page cannot probe a fixed URL to learn who runs it.
test('the page scorer is exposed to every https page, and only at a per-session URL', () => {
  assert.deepEqual(manifest.web_accessible_resources, [{ resources: ['wasm/page_bg.wasm'], matches: ['https://*/*'], use_dynamic_url: true }]);
});

test('no host belongs to two sites, and the manifest asks for nothing beyond them', () => {
  const hosts = sites.flatMap((s) => s.hosts);
  assert.equal(new Set(hosts).size, hosts.length);
  const granted = manifest.host_permissions.map((p) => new URL(p.replace('/*', '/')).hostname);
  assert.deepEqual([...granted].sort(), [...hosts].sort());
  assert.ok(!JSON.stringify(manifest).includes('<all_urls>'));
});
