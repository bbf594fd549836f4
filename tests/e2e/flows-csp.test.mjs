// A page whose CSP forbids WebAssembly (script-src without 'wasm-unsafe-eval') cannot run the
// scorer in the page, so the chip must get its scores from the background worker instead — and
// still tell a bare link from a real thought. A page that allows wasm must not pay that round trip.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, chipState, BROWSER } from './harness.mjs';
import { drivers } from './drivers.mjs';
import { BARE_LINK, THOUGHT, typeInto } from './flows-steps.mjs';

const X = drivers.x;
// The smallest valid module: the magic number and version 1.
const EMPTY_WASM = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** Counts 'score' messages reaching the extension from now on (a listener that never replies). */
async function countScoreAsks(h) {
  await h.inExtension(() => {
    self.__scoreAsks = 0;
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'score') self.__scoreAsks += 1;
      return false;
    });
  });
  return () => h.inExtension(() => self.__scoreAsks);
}

async function scoresBothLevels(page) {
  await typeInto(page, X.editor, BARE_LINK);
  const blind = await chipState(page, { level: 'blind' });
  assert.ok(blind.score < 40, `bare link scored ${blind.score}`);
  await typeInto(page, X.editor, THOUGHT);
  const thoughtful = await chipState(page, { level: 'thoughtful' });
  assert.ok(thoughtful.score >= 60, `a real thought scored ${thoughtful.score}`);
}

describe("strict CSP: script-src 'self'", () => {
  let h;
  let page;
  let asks;
  before(async () => {
    h = await launch({ csp: "script-src 'self'" });
    await h.settings();
    asks = await countScoreAsks(h);
    page = await h.open('x');
  });
  after(async () => {
    await h.close();
    // Firefox logs the refusal of this test's own compile probe (in the page's world) as an error.
    const probe = /blocked WebAssembly/;
    assert.deepEqual(h.problems.filter((p) => BROWSER !== 'firefox' || !probe.test(p)), [], 'the refused compile is handled, not logged as an error');
  });

  it('really forbids compiling wasm in the page', async () => {
    const outcome = await page.evaluate((bytes) => WebAssembly.compile(new Uint8Array(bytes)).then(() => 'compiled', (e) => e.name), EMPTY_WASM);
    assert.equal(outcome, 'CompileError');
  });

  it('the chip still scores: bare link blind, a real thought thoughtful', async () => {
    await scoresBothLevels(page);
    // Chromium applies the page's CSP to the content script's wasm, so the worker scores; Firefox
    // compiles a content script's wasm under the extension's own CSP, so the page still scores.
    if (BROWSER === 'firefox') assert.equal(await asks(), 0, 'Firefox: the content script scored in the page');
    else assert.ok((await asks()) >= 2, 'the scores came from the worker');
  });
});

describe('default CSP (none): the page scores by itself', () => {
  let h;
  before(async () => {
    h = await launch();
    await h.settings();
  });
  after(async () => {
    await h.close();
    assert.deepEqual(h.problems, []);
  });

  it('scores both levels without asking the worker', async () => {
    const asks = await countScoreAsks(h);
    const page = await h.open('x');
    await scoresBothLevels(page);
    assert.equal(await asks(), 0);
  });
});
