// chrome.storage access. The worker is the single writer of stats and nudge history; writes go
// through one queue so events from many tabs never interleave a read-modify-write.
let queue = Promise.resolve();

// A mirror of what storage holds for each key this worker has read or written, so a reader (the
// popup's snapshot) does not wait the ~15 ms storage takes to hand back a year of stats. Every
// write, from here or any other context, arrives through onChanged; the mirror starts empty with
// each worker life. Read-modify-write updates still read storage itself.
const mirror = new Map();
const slot = (area, key) => `${area}/${key}`;

// A group is one value split over several keys: `name` and every `name/…` (the stats, a key per
// month). Its mirror is one object ({ key: value }), replaced by a new one on every change so a
// reader can cache what it works out from it; `changes` tells a read in flight that it is stale.
const groups = new Map();
const inGroup = (name, key) => key === name || key.startsWith(`${name}/`);
const only = (name, values) => Object.fromEntries(Object.entries(values).filter(([key]) => inGroup(name, key)));
function group(area, name) {
  const at = slot(area, name);
  if (!groups.has(at)) groups.set(at, { area, name, value: undefined, changes: 0 });
  return groups.get(at);
}
/** The group's mirror with `values` put in (undefined: removed). */
function change(g, values) {
  g.changes++;
  if (!g.value) return;
  const next = { ...g.value, ...values };
  for (const [key, value] of Object.entries(values)) if (value === undefined) delete next[key];
  g.value = next;
}

chrome.storage.onChanged.addListener((changes, area) => {
  const newValues = Object.fromEntries(Object.entries(changes).map(([key, { newValue }]) => [key, newValue]));
  for (const [key, value] of Object.entries(newValues)) mirror.set(slot(area, key), value);
  for (const g of groups.values()) {
    const values = g.area === area ? only(g.name, newValues) : {};
    if (Object.keys(values).length) change(g, values);
  }
});

/** Runs work after every earlier update has finished, so no two read-modify-writes interleave. */
function inTurn(work) {
  const run = queue.then(work);
  queue = run.catch(() => {});
  return run;
}

/** Runs fn after every earlier update has finished; fn returns the new value to store under key. */
export function update(area, key, fn) {
  return inTurn(async () => {
    const stored = (await chrome.storage[area].get(key))[key];
    const next = await fn(stored);
    await write(area, key, next);
    return next;
  });
}

/**
 * update() for a group: fn gets `get(keys)`, which reads those keys from storage (the group's every
 * key when keys is omitted), and returns `{ set, remove, ...anything }`. `set` goes to storage in
 * one call, which stores all of its keys or none (it may hold keys outside the group that must
 * change with it), then `remove` is removed. Resolves to fn's result.
 */
export function updateGroup(area, name, fn) {
  const get = async (keys) => (keys ? chrome.storage[area].get(keys) : only(name, await chrome.storage[area].get(null)));
  return inTurn(async () => {
    const result = await fn(get);
    const { set = {}, remove: gone = [] } = result;
    if (Object.keys(set).length) await chrome.storage[area].set(set);
    if (gone.length) await chrome.storage[area].remove(gone);
    // Only once storage took it, so a failed write never leaves the mirror ahead of storage.
    const changed = only(name, { ...set, ...Object.fromEntries(gone.map((key) => [key, undefined])) });
    if (Object.keys(changed).length) change(group(area, name), changed);
    return result;
  });
}

/** Every key of a group as one object, the same object until one of them changes. */
export async function readGroup(area, name) {
  const g = group(area, name);
  while (!g.value) {
    const seen = g.changes;
    const stored = only(name, await chrome.storage[area].get(null));
    if (g.changes === seen) g.value ??= stored; // else a change came meanwhile: read again
  }
  return g.value;
}

/** Removes every key of a group. */
export function removeGroup(area, name) {
  return updateGroup(area, name, async (get) => ({ remove: Object.keys(await get()) }));
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
