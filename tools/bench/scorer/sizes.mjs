// What the user downloads: the shipped wasm (raw and gzip, as stores and the browser cache hold it)
// and the whole unpacked extension. The budgeted wasm is the page build, which every supported
// page loads; the service worker's larger build is listed beside it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function bytesUnder(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, name) => n + bytesUnder(join(path, name)), 0);
}

function read(path) {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`${path} is missing: build first (./build.sh)`);
  }
}

export function sizes(root) {
  const dist = join(root, 'dist');
  const page = read(join(dist, 'wasm/page_bg.wasm'));
  const core = read(join(dist, 'wasm/core_bg.wasm'));
  const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
  const fileSize = (p) => {
    try {
      return statSync(join(dist, p)).size;
    } catch {
      return null;
    }
  };
  return {
    wasm_bytes: page.length,
    wasm_gzip_bytes: gzip(page),
    wasm_core_bytes: core.length,
    wasm_core_gzip_bytes: gzip(core),
    dist_bytes: bytesUnder(dist),
    content_js_bytes: fileSize('content.js'),
    background_js_bytes: fileSize('background.js'),
    popup_js_bytes: fileSize('popup/popup.js'),
  };
}
