// Counts wait here until the worker says it stored them: a worker stopped mid-message, or starting
// up, gets them again a little later. Each count carries an id, so the worker ignores one it has
// already stored (it stored it, then stopped before answering). Counts only, never any text.

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;
// Nothing can be sent from a content script whose extension was updated or removed.
const ORPHANED = /context invalidated/i;

/** `deliver(event)` resolves once the worker stored the event, or rejects (`error.refused` when the
 * worker answered with an error); `onDropped(error)` for one that cannot be delivered. */
export function createOutbox({ deliver, onDropped }) {
  const waiting = new Map(); // id → event, in the order sent
  let flushing = false;
  let retry = 0;
  let delay = FIRST_RETRY_MS;

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      for (const [id, event] of waiting) {
        try {
          await deliver(event);
        } catch (error) {
          // Not answered (the worker was stopped mid-message, or is starting): the browser words this
          // many ways, so anything but a refusal is tried again. A refusal (an invalid event) or an
          // orphaned script cannot get better by sending again.
          if (!error?.refused && !ORPHANED.test(error?.message ?? '')) return later();
          onDropped(error);
        }
        waiting.delete(id);
      }
      delay = FIRST_RETRY_MS;
    } finally {
      flushing = false;
    }
  }

  function later() {
    clearTimeout(retry);
    retry = setTimeout(flush, delay);
    delay = Math.min(delay * 2, LAST_RETRY_MS);
  }

  return {
    /** Queues one count (`event` without an id) and sends what is waiting. */
    send(event) {
      const id = crypto.randomUUID();
      waiting.set(id, { ...event, id });
      flush();
    },
    size: () => waiting.size,
  };
}
