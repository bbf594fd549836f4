// Loads the scorer the extension ships into this Node process, the way the content script does
// (extension/content/scorer.js), minus fetch: the bytes are compiled from disk. Two builds exist:
// `page` (the scorer alone, loaded by the content script) and `core` (the service worker's, which
// scores for pages whose CSP forbids wasm).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportReader } from '../../../extension/shared/report.js';

export const wasmFiles = (root, name = 'page') => ({
  glue: join(root, `target/wasm/${name}.js`),
  wasm: join(root, `target/wasm/${name}_bg.wasm`),
});

function missing(path) {
  return new Error(`${path} is missing: build first (./build.sh)`);
}

/** Reads the glue and bytes of one build; throws naming the missing file. */
export async function wasmParts(root, name = 'page') {
  const files = wasmFiles(root, name);
  let bytes;
  try {
    bytes = readFileSync(files.wasm);
  } catch {
    throw missing(files.wasm);
  }
  const glue = await import(pathToFileURL(files.glue).href).catch(() => {
    throw missing(files.glue);
  });
  if (typeof glue.scoreDraft !== 'function') throw new Error(`${files.glue} exports no scoreDraft()`);
  return { glue, bytes };
}

/** `score(draft)` backed by one build, initialised and checked. */
export async function loadWasm(root, name = 'page') {
  const { glue, bytes } = await wasmParts(root, name);
  glue.initSync({ module: bytes });
  const score = reportReader(glue); // as the content script's scorer.js calls it
  const probe = score({ text: 'A quick check that the scorer answers.' });
  if (typeof probe?.score !== 'number' || typeof probe?.level !== 'string') {
    throw new Error(`the ${name} wasm returned ${JSON.stringify(probe)}, not a report`);
  }
  return score;
}
