// What the extension adds to each keystroke in X's Draft.js composer. The same text is typed into
// the same page in two browsers, one with the extension and one without, key by key, taking turns
// (which browser goes first alternates), so both see the same spells of machine load. Typing into
// both at once, each browser kept a core to itself for the run, and the mean added cost read
// 0.14, 0.90 and 1.49 ms in three runs of one build; taking turns, two runs read 1.02 and 1.07 ms.
// Each sample is the renderer main thread's CPU time (thread ticks, so time the OS gave to other
// processes is not counted) from just before the key until the debounced rescore and the frame
// after it have run.
import { attach, mainThread } from './cdp.mjs';
import { goto, settle, focusEditor, typePaced, chip } from './actions.mjs';
import { drivers } from '../../../tests/e2e/drivers.mjs';

const WARMUP = 'Warm up: ';

async function prepare(h) {
  const page = await h.context.newPage();
  await goto(page, 'x');
  const { cdp } = await attach(h.context, page);
  await focusEditor(page, drivers.x.editor);
  await typePaced(page, WARMUP); // attaches the chip, compiles the wasm, warms the JIT
  return { page, cdp };
}

async function timedKey(side, ch) {
  const before = await mainThread(side.cdp);
  await side.page.keyboard.type(ch);
  await settle(side.page);
  const after = await mainThread(side.cdp);
  return after.task - before.task;
}

/**
 * @returns {{withExt: number[], without: number[], chip: object|null, typed: string}} per-key ms
 */
export async function keystrokes(withH, withoutH, text) {
  const a = await prepare(withH);
  const b = await prepare(withoutH);
  const withExt = [];
  const without = [];
  try {
    for (const [i, ch] of [...text].entries()) {
      if (i % 2) {
        without.push(await timedKey(b, ch));
        withExt.push(await timedKey(a, ch));
      } else {
        withExt.push(await timedKey(a, ch));
        without.push(await timedKey(b, ch));
      }
    }
    const typed = await a.page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', drivers.x.editor);
    return { withExt, without, chip: await chip(a.page), typed: typed.slice(WARMUP.length) };
  } finally {
    await a.page.close();
    await b.page.close();
  }
}
