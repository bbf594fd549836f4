// One visit to X's home timeline with 2,000 posts: load it, scroll 50 new posts in, type a short
// draft, and weigh the heap. The extension's share is read two ways: the CPU profile of its own
// code (direct) and the renderer's main-thread time compared with a browser without it (context).
import { attach, mainThread, startProfile, stopProfile, onCpu, contentScriptStarted, heapAfterGc } from './cdp.mjs';
import { goto, idle, scrollUntilAdded, focusEditor, typePaced, chip } from './actions.mjs';
import { drivers } from '../../../tests/e2e/drivers.mjs';

export const POSTS = 2000;
export const ADDED = 50;
const DRAFT = 'Half the meetings, same output. Why?';

/** @param h a harness handle (with or without the extension) */
export async function visitTimeline(h) {
  const page = await h.context.newPage();
  try {
    const { cdp, worlds } = await attach(h.context, page);
    const out = {};

    await startProfile(cdp);
    let t = await mainThread(cdp);
    await goto(page, 'x', `?posts=${POSTS}`);
    out.listeners = h.extensionId ? await contentScriptStarted(cdp, worlds, h.extensionId) : [];
    await idle(page);
    let t2 = await mainThread(cdp);
    let profile = await stopProfile(cdp, h.extensionId);
    out.load_task_ms = t2.task - t.task;
    out.load_ext_ms = onCpu(profile, out.load_task_ms);
    out.load_ext_wall_ms = profile.ext;
    out.load_page_ms = profile.page; // 0 would mean the profile missed the page load

    await startProfile(cdp);
    t = await mainThread(cdp);
    const scrolled = await scrollUntilAdded(page, ADDED);
    await idle(page);
    t2 = await mainThread(cdp);
    profile = await stopProfile(cdp, h.extensionId);
    out.scroll_task_ms = t2.task - t.task;
    out.scroll_ext_ms = onCpu(profile, out.scroll_task_ms);
    out.posts_added = scrolled.added;
    await page.evaluate(() => window.scrollTo(0, 0));
    // The timeline remounts its top first: a click right away once timed out waiting for the
    // composer to hold still.
    await idle(page);

    await startProfile(cdp);
    t = await mainThread(cdp);
    await focusEditor(page, drivers.x.editor);
    await typePaced(page, DRAFT);
    await idle(page);
    t2 = await mainThread(cdp);
    profile = await stopProfile(cdp, h.extensionId);
    out.typing_ext_ms_per_key = onCpu(profile, t2.task - t.task) / DRAFT.length;
    out.chip = await chip(page);

    out.heap = await heapAfterGc(cdp);
    await cdp.detach();
    return out;
  } finally {
    await page.close();
  }
}
