// The safe-DOM lint (tools/lint-safe-dom.mjs) must catch every pattern it forbids, in scripts and
// in HTML, and let ordinary DOM code through. It scans `extension/` next to its own `tools/`
// folder, so each case runs a copy of the real script inside a temporary tree.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const LINT = join(ROOT, 'tools/lint-safe-dom.mjs');
const made = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the lint over a throwaway extension/ holding `files` ({ relative path: content }). */
function lint(files) {
  const tree = mkdtempSync(join(tmpdir(), 'st-lint-'));
  made.push(tree);
  mkdirSync(join(tree, 'tools'));
  copyFileSync(LINT, join(tree, 'tools/lint-safe-dom.mjs'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, 'extension', path)), { recursive: true });
    writeFileSync(join(tree, 'extension', path), content);
  }
  const run = spawnSync(process.execPath, [join(tree, 'tools/lint-safe-dom.mjs')], { encoding: 'utf8' });
  return { status: run.status, errors: run.stderr.trim().split('\n').filter(Boolean), summary: run.stdout.trim() };
}

const CLEAN = `import { el } from './host.js';
export function show(box, text) {
  box.textContent = text;
  const html = box.innerHTML; // reading is fine
  box.append(el('p', {}, text));
  setTimeout(() => box.remove(), 100);
  return retrieval(html) + evaluate(box);
}
`;

// Each forbidden pattern, as a line a contributor might write, with the lint's name for it.
const FORBIDDEN = [
  ['node.innerHTML = page.title;', 'innerHTML/outerHTML assignment'],
  ['node.outerHTML += "<b>x</b>";', 'innerHTML/outerHTML assignment'],
  ['host.innerHTML=`<p>${text}</p>`;', 'innerHTML/outerHTML assignment'],
  ["node.insertAdjacentHTML('beforeend', markup);", 'insertAdjacentHTML'],
  ['document.write(markup);', 'document.write'],
  ['document.writeln(markup);', 'document.write'],
  ['const value = eval(code);', 'eval'],
  ['run(eval (code));', 'eval'],
  ["const f = new Function('a', body);", 'new Function'],
  ["setTimeout('tick()', 10);", 'string passed to a timer'],
  ['setInterval(`poll()`, 10);', 'string passed to a timer'],
  ['const frag = range.createContextualFragment(markup);', 'createContextualFragment'],
  ["const doc = new DOMParser().parseFromString(markup, 'text/html');", 'DOMParser'],
];

test('the real extension/ passes the lint', () => {
  const run = spawnSync(process.execPath, [LINT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /safe-dom lint: \d+ files, 0 problems/);
});

test('ordinary DOM code passes', () => {
  const run = lint({ 'content/ok.js': CLEAN, 'popup/popup.html': '<!doctype html><p id="x">hello</p><script type="module" src="popup.js"></script>\n' });
  assert.equal(run.status, 0, run.errors.join('\n'));
  assert.equal(run.summary, 'safe-dom lint: 2 files, 0 problems');
});

for (const [line, what] of FORBIDDEN) {
  test(`catches ${what}: ${line}`, () => {
    const run = lint({ 'content/ok.js': CLEAN, 'content/bad.js': `// a module\nexport function f(node, page, markup, code, body, range, text) {\n  ${line}\n}\n` });
    assert.equal(run.status, 1, `exit status for ${line}`);
    assert.deepEqual(run.errors, [`extension/content/bad.js:3: ${what}: ${line}`]);
    assert.equal(run.summary, 'safe-dom lint: 2 files, 1 problems');
  });
}

test('scans .mjs files and inline scripts in HTML, in nested folders, and counts every hit', () => {
  const run = lint({
    'deep/er/still/x.mjs': 'eval(a);\nnew Function(b);\n',
    'options/options.html': '<!doctype html>\n<script>document.write("x")</script>\n',
    'styles/ignored.css': '.a::after { content: "eval(x)"; }\n',
    '_locales/en/messages.json': '{ "x": { "message": "innerHTML = nothing" } }\n',
  });
  assert.equal(run.status, 1);
  assert.deepEqual(run.errors.sort(), [
    'extension/deep/er/still/x.mjs:1: eval: eval(a);',
    'extension/deep/er/still/x.mjs:2: new Function: new Function(b);',
    'extension/options/options.html:2: document.write: <script>document.write("x")</script>',
  ]);
  assert.equal(run.summary, 'safe-dom lint: 2 files, 3 problems');
});

// Less common ways to build DOM from a string or run a string as code.
const GAPS = [
  ["const f = Function('return this')();", 'Function called without new'],
  ['window.eval(code);', 'eval through a property access'],
  ["node['innerHTML'] = markup;", 'innerHTML through a computed property'],
  ['node.setHTMLUnsafe(markup);', 'setHTMLUnsafe'],
  ['frame.srcdoc = markup;', 'iframe srcdoc'],
];
for (const [line, gap] of GAPS) {
  test(`also catches ${gap}: ${line}`, () => {
    assert.equal(lint({ 'content/bad.js': `${line}\n` }).status, 1);
  });
}

test('a comparison with innerHTML is not an assignment', () => {
  assert.equal(lint({ 'content/ok.js': "if (node.innerHTML === '') node.append(x);\n" }).status, 0);
});
