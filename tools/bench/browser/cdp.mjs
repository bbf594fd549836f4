// Chrome DevTools Protocol helpers for measuring the content script inside a real page: renderer
// main-thread time (Performance.getMetrics), the CPU profile of the extension's own code, the
// content script's isolated world, its listeners on the page, and the heap after a full GC.

const MS = 1000;

/** A CDP session on `page` with the domains the measurements need, and the worlds it has seen. */
export async function attach(context, page) {
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId: id }) => {
    const i = worlds.findIndex((c) => c.id === id);
    if (i >= 0) worlds[i] = { ...worlds[i], destroyed: true };
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); // µs
  return { cdp, worlds };
}

/** Cumulative renderer main-thread figures in ms: all tasks, and script alone. */
export async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * MS;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** The live content-script worlds of an extension in this page (all of them, any frame). */
export function extensionWorlds(worlds, extensionId) {
  if (!extensionId) return [];
  const origin = `chrome-extension://${extensionId}`;
  return worlds.filter((c) => c.origin === origin && c.auxData?.type === 'isolated');
}

/** Listeners the content script has on the page's window (seen from its own world). */
export async function worldListeners(cdp, world) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId: world.id });
  try {
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.map((l) => l.type);
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => {});
  }
}

/**
 * Waits until the content script has started: its world exists and has put its listeners on the
 * window. Resolves with the listener types, or [] if that did not happen within `timeoutMs`.
 */
export async function contentScriptStarted(cdp, worlds, extensionId, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const world = extensionWorlds(worlds, extensionId).filter((w) => !w.destroyed).at(-1);
    if (world) {
      const types = await worldListeners(cdp, world).catch(() => []);
      if (types.length) return types;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return [];
}

export async function startProfile(cdp) {
  await cdp.send('Profiler.start');
}

/**
 * Stops the profiler: `ext` = wall ms with the extension's code on the stack, `busy` = wall ms the
 * main thread was not idle, `page` = wall ms in the page's own scripts (proof the window was seen). Both are wall time: on a loaded machine they include time the thread
 * waited for a core; `onCpu` turns them into CPU time.
 */
export async function stopProfile(cdp, extensionId) {
  const { profile } = await cdp.send('Profiler.stop');
  return { ext: extensionCpuMs(profile, extensionId), busy: busyMs(profile), page: pageScriptMs(profile) };
}

/**
 * The extension's CPU ms: its share of the profile's busy samples times the main thread's CPU
 * time (thread ticks) over the same window. On an idle machine the scale is ~1. When the CPU
 * figure cannot be right (a navigation moved the page to another renderer between the two
 * readings, so the difference is ≤ 0) the wall time is kept: an overestimate, never a zero.
 */
export function onCpu({ ext, busy }, taskCpuMs) {
  if (!(busy > 0) || !(ext > 0)) return 0;
  if (!(taskCpuMs > 0)) return ext;
  return ext * Math.min(1, taskCpuMs / busy);
}

// Each sample lasts until the next one; sums stay in integer µs so no float error creeps in.
const sampleUs = (profile, i) => profile.timeDeltas?.[i + 1] ?? 0;

/** Wall ms of samples in the page's own http(s) scripts. */
export function pageScriptMs(profile) {
  if (!profile?.nodes?.length) return 0;
  const ids = new Set(profile.nodes.filter((n) => /^https?:/.test(n.callFrame?.url ?? '')).map((n) => n.id));
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (ids.has(id)) us += sampleUs(profile, i);
  });
  return us / MS;
}

/** Wall ms of samples that were not "(idle)". */
export function busyMs(profile) {
  if (!profile?.nodes?.length) return 0;
  const idle = new Set(profile.nodes.filter((n) => n.callFrame?.functionName === '(idle)').map((n) => n.id));
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (!idle.has(id)) us += sampleUs(profile, i);
  });
  return us / MS;
}

/**
 * Inclusive time of `chrome-extension://<id>/` code in a V8 CPU profile: each sample counts for
 * the time until the next one when any frame on its stack belongs to the extension (its scripts
 * and its wasm), so DOM and builtin calls the content script makes are counted too.
 */
export function extensionCpuMs(profile, extensionId) {
  if (!extensionId || !profile?.nodes?.length) return 0;
  const prefix = `chrome-extension://${extensionId}/`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const up = parent.get(id);
    const value = Boolean(node?.callFrame?.url?.startsWith(prefix)) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) us += sampleUs(profile, i);
  });
  return us / MS;
}

/** Heap after two full collections: JS heap used and backing stores (ArrayBuffers, wasm memory). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  return { used: u.usedSize, backing: u.backingStorageSize ?? 0 };
}
