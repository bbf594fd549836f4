// extension/shared/report.js against a stand-in module: the bit layout of src/score/packed.rs, the
// arguments it passes, and that an unchanged report is the same object (typing allocates nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportReader } from '../../extension/shared/report.js';

const names = { levels: ['blind', 'thin', 'thoughtful'], reasons: ['r0', 'r1', 'r2', 'r3', 'r4'], suggestions: ['s0', 's1'] };

function fakeGlue(answers) {
  const calls = [];
  return { calls, reportNames: () => names, scoreDraft: (...args) => (calls.push(args), answers.shift()) };
}

test('decodes score, level, suggestion and reasons in order', () => {
  // score 42, level thin, suggestion s1, reasons r3 then r0
  const packed = 42 | (1 << 8) | (2 << 10) | (4 << 16) | (1 << 20);
  const score = reportReader(fakeGlue([packed]));
  assert.deepEqual(score({ text: 'x' }), { score: 42, level: 'thin', reasons: ['r3', 'r0'], suggestion: 's1' });
});

test('no suggestion and no reasons read as null and []', () => {
  const score = reportReader(fakeGlue([100 | (2 << 8)]));
  assert.deepEqual(score({ text: 'x' }), { score: 100, level: 'thoughtful', reasons: [], suggestion: null });
});

test('passes the draft as plain arguments, absent context fields as undefined', () => {
  const glue = fakeGlue([0, 0]);
  const score = reportReader(glue);
  score({ text: 'a' });
  score({ text: 'b', context: { action: 'quote', quoted_text: 'q', link_title: null } });
  assert.deepEqual(glue.calls, [
    ['a', undefined, undefined, undefined, undefined, undefined],
    ['b', 'q', undefined, 'quote', undefined, undefined],
  ]);
});

test('passes a share intent prefill, and pasted spans joined one per line', () => {
  const glue = fakeGlue([0, 0, 0, 0]);
  const score = reportReader(glue);
  score({ text: 'a', context: { prefill: 'Headline https://n.example/1' } });
  score({ text: 'b', context: { pasted: ['Headline one', 'Headline two'] } });
  score({ text: 'c', context: { pasted: 'just one' } });
  score({ text: 'd', context: { pasted: [] } });
  assert.deepEqual(glue.calls.map((c) => c.slice(4)), [
    ['Headline https://n.example/1', undefined],
    [undefined, 'Headline one\nHeadline two'],
    [undefined, 'just one'],
    [undefined, undefined],
  ]);
});

test('an unchanged report is the same frozen object; a changed one is new', () => {
  const score = reportReader(fakeGlue([7, 7, 8]));
  const first = score({ text: 'a' });
  assert.equal(score({ text: 'ab' }), first);
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.reasons));
  assert.notEqual(score({ text: 'abc' }), first);
});
