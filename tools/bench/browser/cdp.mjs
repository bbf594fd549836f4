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

/** Stops the profiler: CPU ms spent with the extension's code anywhere on the stack. */
export async function stopProfile(cdp, extensionId) {
  const { profile } = await cdp.send('Profiler.stop');
  return extensionCpuMs(profile, extensionId);
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
  const { samples = [], timeDeltas = [] } = profile;
  let us = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i + 1] ?? (profile.endTime - profile.startTime) / Math.max(1, samples.length);
    if (dt > 0 && isOurs(samples[i])) us += dt;
  }
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
