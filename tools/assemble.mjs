// Assembles the unpacked extension in dist/ from extension/, manifest.json and the optimised wasm,
// bundling each entry point with esbuild so the shipped scripts need no module loading at run time.
import { build, transform } from 'esbuild';
import { cpSync, mkdirSync, rmSync, readdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const wasmDir = join(root, 'target/wasm');

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'wasm'), { recursive: true });

const glue = (name) => join(wasmDir, `${name}.js`);
const common = {
  bundle: true, minify: true, target: ['chrome120', 'firefox142'], logLevel: 'warning', legalComments: 'none',
  // The wasm glue's import.meta fallback is never used: every caller passes the wasm URL.
  logOverride: { 'empty-import-meta': 'silent' },
};
await build({ ...common, entryPoints: [join(root, 'extension/content/main.js')], outfile: join(dist, 'content.js'), format: 'iife', alias: { 'second-thought-wasm': glue('page') } });
// The worker's own module is `core`; it also loads the page's scorer for pages whose CSP blocks wasm.
await build({ ...common, entryPoints: [join(root, 'extension/background/worker.js')], outfile: join(dist, 'background.js'), format: 'esm',
  alias: { 'second-thought-wasm': glue('core'), 'second-thought-page': glue('page') } });
// The popup opens on every click: its stylesheets go inline, since each linked file held its script
// back by one more extension-resource fetch (10-15 ms measured). The options page gets the same.
async function inlineStyles(html, dir) {
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  for (const [link, href] of links) {
    const { code } = await transform(readFileSync(join(dir, href), 'utf8'), { loader: 'css', minify: true, target: common.target });
    html = html.replace(link, `<style>${code.trim()}</style>`);
  }
  return html;
}
// Their scripts are classic (iife) at the end of <body>: a module script waits for the parse to end
// and then for its own fetch, which held the popup's first snapshot request back by 10-15 ms.
for (const page of ['popup', 'options']) {
  const dir = join(root, 'extension', page);
  await build({ ...common, entryPoints: [join(dir, `${page}.js`)], outfile: join(dist, page, `${page}.js`), format: 'iife' });
  writeFileSync(join(dist, page, `${page}.html`), await inlineStyles(readFileSync(join(dir, `${page}.html`), 'utf8'), dir));
}
cpSync(join(root, 'manifest.json'), join(dist, 'manifest.json'));
// Locales ship minified and without the translators' descriptions, which no browser shows.
for (const lang of readdirSync(join(root, 'extension/_locales'))) {
  const messages = JSON.parse(readFileSync(join(root, 'extension/_locales', lang, 'messages.json'), 'utf8'));
  for (const entry of Object.values(messages)) delete entry.description;
  mkdirSync(join(dist, '_locales', lang), { recursive: true });
  writeFileSync(join(dist, '_locales', lang, 'messages.json'), JSON.stringify(messages));
}
cpSync(join(root, 'extension/icons'), join(dist, 'icons'), { recursive: true });
for (const name of ['page', 'core']) cpSync(join(wasmDir, `${name}_bg.wasm`), join(dist, `wasm/${name}_bg.wasm`));

const sizeOf = (p) => statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(join(p, f)), 0) : statSync(p).size;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const wasm = (name) => {
  const bytes = readFileSync(join(dist, `wasm/${name}_bg.wasm`));
  return `${kb(bytes.length)} (gzip ${kb(gzipSync(bytes, { level: 9 }).length)})`;
};
console.log(`page wasm ${wasm('page')}, worker wasm ${wasm('core')}, content.js ${kb(sizeOf(join(dist, 'content.js')))}, dist/ ${kb(sizeOf(dist))}`);
console.log(`Built dist/. Load it: Chrome → chrome://extensions → Developer mode → Load unpacked → ${dist}`);
console.log(`           Firefox → about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(dist, 'manifest.json')}`);
