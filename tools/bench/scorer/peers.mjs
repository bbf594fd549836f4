// The scorers we compare against, loaded in this same process: harper.js (a grammar checker that
// also runs locally as wasm: the cost of "real" language analysis per keystroke), write-good (a
// popular JS prose linter built on regular expressions) and our naive one-pass regex scorer.
import { createRequire } from 'node:module';
import { naiveScore } from './naive.mjs';

const require = createRequire(import.meta.url);

/** harper.js LocalLinter with its wasm inlined (no fetch under Node), after setup. */
export async function loadHarper() {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  return { lint: (draft) => linter.lint(draft.text) };
}

export function loadWriteGood() {
  const writeGood = require('write-good');
  return { lint: (draft) => writeGood(draft.text) };
}

export const naive = { lint: naiveScore };
