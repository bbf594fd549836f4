// The toolbar popup against a real build: numbers from a seeded month, the site switch, mode,
// snooze, the unsupported and empty states, time to first render, and screenshots in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot } from './harness.mjs';
import { seedMonth, EXPECTED } from './month-of-stats.mjs';

const X = 'popup/popup.html?url=' + encodeURIComponent('https://x.com/home');

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

async function openPopup(path = X) {
  const page = await h.extensionPage(path);
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  return page;
}

const text = (page, selector) => page.locator(selector).first().innerText();

async function storedMode(site) {
  const settings = await h.storage('sync', 'settings');
  return settings?.sites?.[site] ?? {};
}

test('a month of counts shows the right numbers', async () => {
  await h.settings();
  await seedMonth(h);
  const page = await openPopup();
  assert.equal(await text(page, '[data-testid=week-share]'), EXPECTED.weekShare);
  assert.equal(await text(page, '[data-testid=last-share]'), EXPECTED.lastShare);
  assert.equal(await text(page, '[data-testid=weekly-line]'), EXPECTED.weeklyLine);
  assert.equal(await text(page, '[data-testid=talk-week]'), EXPECTED.talkWeek);
  assert.equal(await text(page, '[data-testid=talk-last]'), EXPECTED.talkLast);
  assert.equal(await text(page, '.site-week'), EXPECTED.siteWeek);
  assert.match(await page.locator('body').innerText(), /Counted as a thought only when your own words reach Thoughtful; thin quotes are counted as thin\./);

  const chart = page.locator('[data-testid=chart]');
  assert.equal(await chart.locator('.bar').count(), 30, 'one bar per day');
  const { thoughtful, thin, blind } = EXPECTED.chart;
  assert.equal(await chart.getAttribute('aria-label'), `Reshares in the last 30 days: ${thoughtful} with a thought, ${thin} thin, ${blind} with no thought.`);
  assert.equal(await chart.getAttribute('role'), 'img');

  const rows = await page.locator('[data-testid=site-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows, EXPECTED.sites);
  assert.equal(await text(page, '[data-testid=streak]'), EXPECTED.streak);
  const nudges = await page.locator('[data-testid=nudges] div').evaluateAll((divs) => Object.fromEntries(divs.map((d) => [d.children[0].textContent, d.children[1].textContent])));
  assert.deepEqual(nudges, EXPECTED.nudges);
  assert.equal(await page.locator('[data-testid=settings-problems]').count(), 0);
  await page.close();
});

test('the chart table lists every active day with the same totals', async () => {
  const page = await openPopup();
  await page.locator('.chart-table summary').click();
  await page.locator('.chart-table table').waitFor(); // built when first opened
  const cells = await page.locator('.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
  const sum = (i) => cells.reduce((n, row) => n + row[i], 0);
  assert.deepEqual([sum(0), sum(1), sum(2)], [EXPECTED.chart.thoughtful, EXPECTED.chart.thin, EXPECTED.chart.blind]);
  await page.close();
});

test('one click turns the site off, and on again in the mode it had', async () => {
  await h.settings();
  const page = await openPopup();
  const toggle = page.getByRole('switch', { name: 'Second Thought on X' });
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');

  await page.getByLabel('Gentle').check();
  await page.waitForFunction(() => document.querySelector('input[value=gentle]')?.checked && document.querySelector('.modes .muted')?.textContent.includes('never stops'));
  assert.equal((await storedMode('x')).mode, 'gentle');

  await toggle.click();
  await page.waitForSelector('[role=switch][aria-checked=false]');
  assert.equal((await storedMode('x')).mode, 'off');
  assert.equal(await text(page, '.health'), 'Off on this site.');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.key), 'switch', 'focus stays on the switch after re-render');
  assert.equal(await page.locator('.snooze').count(), 0, 'nothing to snooze while off');

  await page.keyboard.press('Space');
  await page.waitForSelector('[role=switch][aria-checked=true]');
  assert.equal((await storedMode('x')).mode, 'gentle', 'back on in the remembered mode');
  await page.close();
});

test('snooze for an hour, then resume', async () => {
  await h.settings();
  const page = await openPopup();
  const before = Date.now();
  await page.getByRole('button', { name: '1 hour' }).click();
  await page.waitForSelector('.snooze.snoozed');
  const until = (await storedMode('x')).snooze_until;
  assert.ok(until >= before + 3_590_000 && until <= Date.now() + 3_600_000, `snooze_until ${until}`);
  const shown = await text(page, '.snooze.snoozed p');
  const hhmm = await page.evaluate((ms) => new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), { hour: 'numeric', minute: '2-digit' }).format(ms), until);
  if (new Date(until).toDateString() === new Date().toDateString()) assert.equal(shown, `Snoozed until ${hhmm}`);
  else assert.match(shown, /^Snoozed until /);
  assert.equal(await page.getByRole('switch').getAttribute('aria-checked'), 'false');

  await page.getByRole('button', { name: 'Resume' }).click();
  await page.waitForSelector('[role=switch][aria-checked=true]');
  assert.equal((await storedMode('x')).snooze_until ?? 0, 0);

  await page.getByRole('button', { name: 'Until tomorrow' }).click();
  await page.waitForSelector('.snooze.snoozed');
  const midnight = new Date();
  midnight.setHours(24, 0, 0, 0);
  assert.equal((await storedMode('x')).snooze_until, midnight.getTime());

  // Choosing a mode while snoozed means "use it now".
  await page.getByLabel('Gentle').check();
  await page.waitForSelector('[role=switch][aria-checked=true]');
  const x = await storedMode('x');
  assert.deepEqual([x.mode, x.snooze_until ?? 0], ['gentle', 0]);
  await page.close();
});

test('a page that is not a supported site says so', async () => {
  const page = await openPopup('popup/popup.html?url=' + encodeURIComponent('https://example.com/news'));
  assert.equal(await text(page, '.site-name'), 'Not a supported site');
  assert.equal(await page.getByRole('switch').count(), 0);
  await page.close();
});

test('a new user sees what will appear and why', async () => {
  await h.settings();
  await h.setStorage('local', { stats: { version: 1, days: {} } });
  const page = await openPopup();
  const empty = await text(page, '[data-testid=empty]');
  assert.match(empty, /Nothing counted yet/);
  assert.match(empty, /30-day chart/);
  assert.match(empty, /never stored/);
  assert.equal(await page.locator('[data-testid=chart]').count(), 0);
  await page.close();
});

test('unreadable settings are mentioned, with a way to the options page', async () => {
  await h.setStorage('sync', { settings: { version: 2, defaults: { mode: 'loud' } } });
  const page = await openPopup();
  assert.match(await text(page, '[data-testid=settings-problems]'), /couldn't be read/);
  await page.close();
  await h.settings();
});

test('opens fast: time from navigation to the first complete render', async (t) => {
  await seedMonth(h);
  await openPopup().then((p) => p.close()); // warm the worker and the wasm core once
  const times = [];
  for (let i = 0; i < 7; i++) {
    const page = await openPopup();
    times.push(Number(await page.evaluate(() => document.documentElement.dataset.rendered)));
    await page.close();
  }
  times.sort((a, b) => a - b);
  const median = times[3];
  t.diagnostic(`popup first render: median ${median} ms, min ${times[0]} ms, max ${times.at(-1)} ms (7 opens, warm worker)`);
  // The target is 100 ms on a normal machine; this bound only catches a gross regression on a
  // busy test machine.
  assert.ok(median < 400, `median ${median} ms`);
});

/** The popup as it opens over a real tab, so the site health comes from the content script. */
async function popupOverTab(site) {
  const tab = await h.open(site);
  const url = tab.url();
  const probe = await h.extensionPage('popup/popup.html');
  const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  await probe.close();
  assert.ok(Number.isInteger(tabId), 'the fixture tab is visible to the extension');
  return { tab, path: `popup/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}` };
}

test('the site health comes from the page', async () => {
  await h.settings();
  const { tab, path } = await popupOverTab('x');
  const page = await openPopup(path);
  const health = await page.locator('.health').getAttribute('data-health');
  assert.notEqual(health, 'unknown', 'the content script answered');
  await page.close();
  await tab.close();
});

test('screenshots with a month of data, light and dark', async () => {
  await h.settings();
  await seedMonth(h);
  const { tab, path } = await popupOverTab('x');
  await shoot(h, path, 'light');
  await tab.close();
  assert.deepEqual(h.problems, []);
  // A browser of its own for the dark theme: Firefox takes the colour scheme at launch only.
  const dark = await launch({ colorScheme: 'dark' });
  try {
    await dark.settings();
    await seedMonth(dark);
    await shoot(dark, X, 'dark');
    assert.deepEqual(dark.problems, []);
  } finally {
    await dark.close();
  }
});

async function shoot(browser, path, scheme) {
  const page = await browser.extensionPage(path);
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, scheme === 'dark' ? 'rgb(28, 33, 40)' : 'rgb(255, 255, 255)');
  await screenshot(page.locator('body'), `popup-${scheme}`);
  await page.close();
}
