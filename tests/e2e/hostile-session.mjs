// The browser the hardening files share: the hostile pages routed, default settings, no nudge
// history at the start of each test (two Share anyway in a row make a site back off, by design),
// and at the end no exception in any world of a watched page and no error in the extension.
import { before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { routeHostile } from '../fixtures/hostile/serve.mjs';
import { watchExceptions } from '../fixtures/hostile/probe.mjs';

/**
 * Registers the hooks in the calling file; `ready(session)` runs once the browser is up (assign
 * `session.h` there, and open what the file's tests share).
 */
export function hostileSession(ready = () => {}) {
  const watched = [];
  const session = {
    h: null,
    /** Records every exception thrown in any world of `page` (checked at the end). */
    async watch(page) {
      const w = await watchExceptions(session.h.context, page);
      watched.push(w);
      return w;
    },
  };
  before(async () => {
    session.h = await launch();
    await routeHostile(session.h.context);
    await session.h.settings();
    await ready(session);
  });
  beforeEach(() => session.h.setStorage('local', { nudge: {} }));
  after(async () => {
    for (const w of watched) assert.deepEqual(w.thrown, [], 'no exception in any world of the page');
    await session.h.close();
    assert.deepEqual(session.h.problems, [], 'no errors in the pages or the extension');
  });
  return session;
}
