// Loads the scorer the extension ships (wasm-bindgen glue + optimised wasm) into this Node process,
// the way the content script does, minus fetch: the bytes are compiled from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const wasmFiles = (root) => ({
  glue: join(root, 'target/wasm-bindgen/second_thought.js'),
  wasm: join(root, 'target/wasm-bindgen/second_thought_bg.wasm'),
});

function missing(path) {
  return new Error(`${path} is missing: build first (./build.sh)`);
}

/** The glue module, initialised with the wasm bytes. */
export async function loadWasm(root) {
  const files = wasmFiles(root);
  let bytes;
  try {
    bytes = readFileSync(files.wasm);
  } catch {
    throw missing(files.wasm);
  }
  const glue = await import(pathToFileURL(files.glue).href).catch(() => {
    throw missing(files.glue);
  });
  glue.initSync({ module: bytes });
  const probe = glue.score({ text: 'A quick check that the scorer answers.' });
  if (typeof probe?.score !== 'number' || typeof probe?.level !== 'string') {
    throw new Error(`the wasm score() returned ${JSON.stringify(probe)}, not a report`);
  }
  return glue;
}
