// What the user downloads: the shipped wasm (raw and gzip, as stores and the browser cache hold it)
// and the whole unpacked extension.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function bytesUnder(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, name) => n + bytesUnder(join(path, name)), 0);
}

export function sizes(root) {
  const dist = join(root, 'dist');
  const wasm = readFileSync(join(dist, 'wasm/second_thought_bg.wasm'));
  const fileSize = (p) => {
    try {
      return statSync(join(dist, p)).size;
    } catch {
      return null;
    }
  };
  return {
    wasm_bytes: wasm.length,
    wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
    dist_bytes: bytesUnder(dist),
    content_js_bytes: fileSize('content.js'),
    background_js_bytes: fileSize('background.js'),
    popup_js_bytes: fileSize('popup/popup.js'),
  };
}
