// When the content script looks for a site's link card: only in drafts that may hold a link, since
// a query on every key of every draft is what a keystroke paid for (docs/performance.md, issue 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsLink } from '../../extension/content/context.js';

test('a link in any form the sites make a card of is seen', () => {
  for (const text of ['read https://n.example/a', 'www.example.org', 'via nytimes.com/2018/x', 'bit.ly/3xYz', 'see example.com']) {
    assert.ok(holdsLink(text), text);
  }
});

test('plain words, abbreviations and a half-typed scheme are not links', () => {
  for (const text of ['', 'This is why rail inspections need teeth.', 'e.g. the last one', 'typing https://', 'U.S. rail']) {
    assert.ok(!holdsLink(text), text);
  }
});
