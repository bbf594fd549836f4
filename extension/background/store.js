// chrome.storage access. The worker is the single writer of stats and nudge history; writes go
// through one queue so events from many tabs never interleave a read-modify-write.
let queue = Promise.resolve();

/** Runs fn after every earlier update has finished; fn returns the new value to store under key. */
export function update(area, key, fn) {
  const run = queue.then(async () => {
    const stored = (await chrome.storage[area].get(key))[key];
    const next = await fn(stored);
    await chrome.storage[area].set({ [key]: next });
    return next;
  });
  queue = run.catch(() => {});
  return run;
}

export async function read(area, key) {
  return (await chrome.storage[area].get(key))[key];
}

/** Waits for pending writes, so a reader sees everything sent before it. */
export function settled() {
  return queue;
}
