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
const SELECTOR_LISTS = ['composer.editor', 'composer.postButton', 'composer.quoteEmbed', 'post', 'postLink', 'reshare.trigger', 'reshare.confirm', 'reshare.quote', 'reshare.menu'];
// May be empty: one-click reshare controls (a click reshares at once, no menu), where the site has them.
const OPTIONAL_SELECTOR_LISTS = ['reshare.direct'];
const TEXT_LISTS = ['composer.postButtonText', 'reshare.confirmText', 'reshare.quoteText'];
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
  });

  test(`${site.id}: text fallbacks, hotkeys and hosts are well formed`, () => {
    for (const path of TEXT_LISTS) {
      const list = at(site, path);
      assert.ok(Array.isArray(list) && list.length > 0 && list.every((t) => typeof t === 'string' && t.trim() === t && t), path);
    }
    for (const hotkey of site.reshare.hotkeys) {
      assert.equal(hotkey.key.length, 1, 'hotkeys are single keys');
      for (const s of hotkey.within) assert.doesNotThrow(() => parse(s));
    }
    assert.deepEqual([...site.hosts].sort(), site.hosts, 'hosts are sorted');
    for (const host of site.hosts) assert.match(host, /^[a-z0-9.-]+\.[a-z]+$/);
    assert.ok(site.name && typeof site.name === 'string');
    assert.ok(Array.isArray(site.shadowHosts));
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
