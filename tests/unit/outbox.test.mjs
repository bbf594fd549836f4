// The in-page outbox: a count waits until the worker stores it, is sent again when it got no
// answer (however the browser words that), and is given up only when the worker refused it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutbox } from '../../extension/content/outbox.js';

const unanswered = [
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  'The message port closed before a response was received.',
  'Could not establish connection. Receiving end does not exist.',
  'no answer to "event"',
];

/** A worker that fails the first `failures` deliveries with `error`, then stores what it gets. */
function worker(failures, error) {
  const stored = [];
  let calls = 0;
  return {
    stored,
    async deliver(event) {
      calls++;
      if (calls <= failures) throw error();
      stored.push(event);
    },
  };
}

const until = async (check) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check(), 'in time');
};

for (const message of unanswered) {
  test(`sends again after "${message.slice(0, 40)}…", once stored never again`, async () => {
    const w = worker(2, () => new Error(message));
    const dropped = [];
    const outbox = createOutbox({ deliver: w.deliver, onDropped: (e) => dropped.push(e) });
    outbox.send({ kind: 'reshare' });
    outbox.send({ kind: 'post_sent' });
    await until(() => outbox.size() === 0);
    assert.deepEqual(w.stored.map((e) => e.kind), ['reshare', 'post_sent'], 'both, in order');
    assert.equal(new Set(w.stored.map((e) => e.id)).size, 2, 'each with its own id');
    assert.deepEqual(dropped, []);
  });
}

test('a resent count keeps its id, so the worker can tell it stored it already', async () => {
  const ids = [];
  let calls = 0;
  const outbox = createOutbox({
    deliver: async (event) => {
      ids.push(event.id);
      if (++calls === 1) throw new Error('The message port closed before a response was received.');
    },
    onDropped: () => {},
  });
  outbox.send({ kind: 'reshare' });
  await until(() => outbox.size() === 0);
  assert.equal(ids.length, 2);
  assert.equal(ids[0], ids[1]);
});

test('a count the worker refused is given up, and the next one still goes', async () => {
  let calls = 0;
  const stored = [];
  const dropped = [];
  const outbox = createOutbox({
    deliver: async (event) => {
      if (++calls === 1) throw Object.assign(new Error('unknown event kind'), { refused: true });
      stored.push(event.kind);
    },
    onDropped: (e) => dropped.push(e.message),
  });
  outbox.send({ kind: 'nonsense' });
  outbox.send({ kind: 'reshare' });
  await until(() => outbox.size() === 0);
  assert.deepEqual(dropped, ['unknown event kind']);
  assert.deepEqual(stored, ['reshare']);
});

test('an orphaned content script (extension updated) stops trying', async () => {
  const dropped = [];
  let calls = 0;
  const outbox = createOutbox({
    deliver: async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    },
    onDropped: (e) => dropped.push(e.message),
  });
  outbox.send({ kind: 'reshare' });
  await until(() => outbox.size() === 0);
  assert.equal(calls, 1);
  assert.deepEqual(dropped, ['Extension context invalidated.']);
});
