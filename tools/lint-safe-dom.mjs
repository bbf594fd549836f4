// Fails when extension/ builds DOM from HTML strings or evaluates code: page text must reach the
// extension's UI as text nodes only, and no code is ever made from strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const FORBIDDEN = [
  [/(\.|\[\s*['"`])(inner|outer)HTML(['"`]\s*\])?\s*\+?=(?!=)/, 'innerHTML/outerHTML assignment'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\b(set|parse)HTMLUnsafe\s*\(/, 'setHTMLUnsafe/parseHTMLUnsafe'],
  [/\.srcdoc\s*=(?!=)/, 'iframe srcdoc'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\beval\s*\(/, 'eval'],
  [/(^|[^\w$.])Function\s*\(/, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'string passed to a timer'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment'],
  [/\bDOMParser\b/, 'DOMParser'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?js|html)$/.test(name)) yield path;
  }
}

let found = 0;
let checked = 0;
for (const file of files(join(root, 'extension'))) {
  checked++;
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(line)) {
        found++;
        console.error(`${relative(root, file)}:${i + 1}: ${what}: ${line.trim()}`);
      }
    }
  });
}
console.log(`safe-dom lint: ${checked} files, ${found} problems`);
process.exit(found ? 1 : 0);
