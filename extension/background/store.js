// chrome.storage access. The worker is the single writer of stats and nudge history; writes go
// through one queue so events from many tabs never interleave a read-modify-write.
let queue = Promise.resolve();

// A mirror of what storage holds for each key this worker has read or written, so a reader (the
// popup's snapshot) does not wait the ~15 ms storage takes to hand back a year of stats. Every
// write, from here or any other context, arrives through onChanged; the mirror starts empty with
// each worker life. Read-modify-write updates still read storage itself.
const mirror = new Map();
const slot = (area, key) => `${area}/${key}`;
chrome.storage.onChanged.addListener((changes, area) => {
  for (const [key, { newValue }] of Object.entries(changes)) mirror.set(slot(area, key), newValue);
});

/** Runs fn after every earlier update has finished; fn returns the new value to store under key. */
export function update(area, key, fn) {
  const run = queue.then(async () => {
    const stored = (await chrome.storage[area].get(key))[key];
    const next = await fn(stored);
    await write(area, key, next);
    return next;
  });
  queue = run.catch(() => {});
  return run;
}

export async function read(area, key) {
  const at = slot(area, key);
  if (mirror.has(at)) return mirror.get(at);
  const stored = (await chrome.storage[area].get(key))[key];
  // A write that finished meanwhile is newer than what this read saw.
  if (!mirror.has(at)) mirror.set(at, stored);
  return mirror.get(at);
}

export async function write(area, key, value) {
  mirror.delete(slot(area, key)); // a failed write must not leave the mirror ahead of storage
  await chrome.storage[area].set({ [key]: value });
  mirror.set(slot(area, key), value);
}

export async function remove(area, keys) {
  for (const key of keys) mirror.delete(slot(area, key));
  await chrome.storage[area].remove(keys);
}

/** Waits for pending writes, so a reader sees everything sent before it. */
export function settled() {
  return queue;
}
