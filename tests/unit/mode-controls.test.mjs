// What the site switch and the mode choice send (extension/shared/mode-controls.js), the same from
// the popup and the options page. localStorage stands in for the extension page's storage.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { switchIntent, modeIntents } from '../../extension/shared/mode-controls.js';

const store = new Map();
globalThis.localStorage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, String(v)) };
beforeEach(() => store.clear());

const off = { mode: 'off', snoozed: false };
const snoozed = { mode: 'off', snoozed: true };

test('the switch turns a site off, then back on in the mode it had', () => {
  assert.deepEqual(switchIntent('x', { mode: 'gentle', snoozed: false }), { type: 'set_mode', site: 'x', mode: 'off' });
  assert.deepEqual(switchIntent('x', off), { type: 'set_mode', site: 'x', mode: 'gentle' });
});

test('a site never switched off comes back on in pause, the default', () => {
  assert.deepEqual(switchIntent('reddit', off), { type: 'set_mode', site: 'reddit', mode: 'pause' });
});

test('while snoozed the switch ends the snooze and changes no mode', () => {
  assert.deepEqual(switchIntent('x', snoozed), { type: 'snooze', site: 'x', until_ms: 0 });
});

test('choosing a mode while snoozed also ends the snooze; choosing off does not', () => {
  assert.deepEqual(modeIntents('x', snoozed, 'gentle'), [{ type: 'snooze', site: 'x', until_ms: 0 }, { type: 'set_mode', site: 'x', mode: 'gentle' }]);
  assert.deepEqual(modeIntents('x', snoozed, 'off'), [{ type: 'set_mode', site: 'x', mode: 'off' }]);
});

test('choosing off remembers the mode for the switch to restore', () => {
  modeIntents('x', { mode: 'gentle', snoozed: false }, 'off');
  assert.deepEqual(switchIntent('x', off), { type: 'set_mode', site: 'x', mode: 'gentle' });
});
