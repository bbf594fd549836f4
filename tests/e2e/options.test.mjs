// The options page against a real build: per-site and default settings, adding and removing an
// instance, export → reset → import round trips, and what the page says about damaged data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './harness.mjs';
import { seedMonth } from './month-of-stats.mjs';

let h;
let dir;
before(async () => {
  h = await launch();
  dir = await mkdtemp(join(tmpdir(), 'st-options-'));
});
after(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openOptions() {
  const page = await h.extensionPage('options/options.html');
  await page.waitForFunction(() => document.documentElement.dataset.rendered, null, { timeout: 10_000 });
  return page;
}

const settings = () => h.storage('sync', 'settings');
const row = (page, key) => page.locator(`tr[data-site="${key}"]`);

/** Resolves once stored settings satisfy `check` (writes go through the worker asynchronously). */
async function settingsWhere(check, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const s = await settings();
    if (check(s)) return s;
    if (Date.now() > deadline) assert.fail(`settings never became: ${what}; last ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('per-site mode and switch, and the global defaults, save to settings', async () => {
  await h.settings();
  const page = await openOptions();
  const names = await page.locator('[data-testid=site-list] tbody th').allInnerTexts();
  assert.deepEqual(names, ['Bluesky', 'Facebook', 'LinkedIn', 'Mastodon', 'Reddit', 'Threads', 'X']);

  await page.getByLabel('Mode on X').selectOption('gentle');
  await settingsWhere((s) => s.sites?.x?.mode === 'gentle', 'x gentle');
  await row(page, 'reddit').getByRole('switch').click();
  await settingsWhere((s) => s.sites?.reddit?.mode === 'off', 'reddit off');
  await page.waitForSelector('tr[data-site=reddit] [role=switch][aria-checked=false]');
  assert.equal(await page.getByLabel('Mode on Reddit').inputValue(), 'off');

  const defaults = page.getByTestId('defaults');
  await defaults.getByLabel('Gentle').check();
  await settingsWhere((s) => s.defaults.mode === 'gentle', 'default gentle');
  // A built-in site without its own mode follows the default.
  await page.waitForFunction(() => document.querySelector('tr[data-site=bluesky] select')?.value === 'gentle');

  await page.getByTestId('threshold').fill('150');
  await page.getByTestId('threshold').press('Tab');
  await page.waitForSelector('[data-testid=threshold][aria-invalid=true]');
  assert.match(await page.locator('.field-message.error').first().innerText(), /whole number from 0 to 100/);
  assert.equal((await settings()).defaults.suggest_below, 60, 'an invalid threshold is not saved');
  await page.getByTestId('threshold').fill('75');
  await page.getByTestId('threshold').press('Tab');
  await settingsWhere((s) => s.defaults.suggest_below === 75, 'threshold 75');

  await page.getByTestId('default-read_first').uncheck();
  await settingsWhere((s) => s.defaults.read_first === false, 'read_first off');
  await page.getByTestId('default-badge').check();
  await settingsWhere((s) => s.defaults.badge === true, 'badge on');
  await page.close();
});

test('a snoozed site shows until when, and Resume ends it', async () => {
  const until = Date.now() + 3_600_000;
  await h.settings({ threads: { snooze_until: until } });
  const page = await openOptions();
  assert.match(await row(page, 'threads').innerText(), /Snoozed until/);
  await row(page, 'threads').getByRole('button', { name: 'Resume Threads now' }).click();
  await settingsWhere((s) => !s.sites?.threads?.snooze_until, 'threads not snoozed');
  await page.close();
});

test('adding an instance: clear errors, then permission, then it is listed and removable', async () => {
  await h.settings();
  const page = await openOptions();
  const input = page.getByTestId('instance-input');
  const message = page.getByTestId('instance-message');
  const attempt = async (value) => {
    await input.fill(value);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // Each attempt clears the message first; wait for this attempt's answer.
    await page.waitForFunction(() => document.querySelector('[data-testid=instance-message]')?.textContent !== '');
    return message.innerText();
  };
  assert.match(await attempt(''), /Enter your instance's address/);
  assert.match(await attempt('http://fosstodon.org'), /Only https:\/\//);
  assert.match(await attempt('x.com'), /X is already supported/);
  assert.match(await attempt('https://fosstodon.org/@someone'), /Mastodon is already supported/);
  assert.match(await attempt('not a host'), /isn't a web address/);
  assert.match(await attempt('me:secret@fosstodon.org'), /user name and password/);
  assert.equal(await input.getAttribute('aria-invalid'), 'true');

  // The permission prompt cannot be answered headless; stand in for the person's answer.
  await page.evaluate(() => {
    chrome.permissions.request = async () => false;
  });
  assert.match(await attempt('mastodon.art'), /wasn't granted/);
  assert.equal(Object.keys((await settings()).sites ?? {}).length, 0);

  await page.evaluate(() => {
    window.asked = [];
    chrome.permissions.request = async (p) => (window.asked.push(p), true);
    chrome.permissions.remove = async () => true;
  });
  assert.match(await attempt('  Mastodon.ART/@someone '), /Added mastodon\.art/);
  assert.deepEqual(await page.evaluate(() => window.asked), [{ origins: ['https://mastodon.art/*'] }]);
  await settingsWhere((s) => s.sites?.['https://mastodon.art']?.kind === 'mastodon', 'origin added');
  await page.waitForSelector('tr[data-site="https://mastodon.art"]');
  assert.equal(await input.inputValue(), '');
  assert.match(await attempt('https://mastodon.art'), /already in your list/);

  await row(page, 'https://mastodon.art').getByRole('button', { name: 'Remove mastodon.art' }).click();
  await settingsWhere((s) => !s.sites?.['https://mastodon.art'], 'origin removed');
  await page.waitForSelector('tr[data-site="https://mastodon.art"]', { state: 'detached' });
  await page.close();
});

async function exportBackup(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /^second-thought-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, bundle: JSON.parse(await readFile(file, 'utf8')) };
}

test('export, reset, import: settings and counts come back exactly', async () => {
  await h.settings({ x: { mode: 'gentle' }, 'https://mastodon.art': { kind: 'mastodon', mode: 'off' } }, { suggest_below: 42, badge: true });
  await seedMonth(h);
  const page = await openOptions();
  const before = { settings: await settings(), stats: await h.storage('local', 'stats') };

  const { file, bundle } = await exportBackup(page);
  assert.equal(bundle.format, 'second-thought-backup');
  assert.deepEqual(bundle.settings, before.settings);
  assert.match(await page.getByTestId('backup-status').innerText(), /Saved second-thought-backup-/);

  await page.getByTestId('reset').click();
  assert.equal(await page.getByTestId('reset-confirm').isVisible(), true);
  assert.equal(await page.getByTestId('reset').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reset-cancel', 'the safe choice has focus');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('reset-confirm').isVisible(), false);
  assert.deepEqual(await settings(), before.settings, 'cancel deletes nothing');

  await page.getByTestId('reset').click();
  await page.getByTestId('reset-confirm-button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=backup-status]')?.textContent.includes('Everything was reset'));
  assert.equal(await settings(), undefined);
  assert.equal(await h.storage('local', 'stats'), undefined);
  await page.waitForFunction(() => document.querySelector('tr[data-site=x] select')?.value === 'pause');

  await page.getByTestId('import-file').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid=backup-status]')?.textContent.includes('Backup imported'));
  assert.match(await page.getByTestId('backup-status').innerText(), /Everything in the file was taken/);
  assert.deepEqual(await settings(), before.settings);
  // Storage keeps stats in a key per month; what comes back out is the same backup.
  assert.deepEqual((await exportBackup(page)).bundle.stats, bundle.stats);
  assert.deepEqual(bundle.stats.days, before.stats.days, 'the seeded counts survive the round trip unchanged');
  await page.waitForFunction(() => document.querySelector('tr[data-site=x] select')?.value === 'gentle');
  await page.close();
});

test('a hand-damaged backup imports what it can and lists what it refused', async () => {
  await h.settings({ x: { mode: 'gentle' } });
  await seedMonth(h);
  const page = await openOptions();
  const { bundle } = await exportBackup(page);
  bundle.settings.defaults.mode = 'loud';
  bundle.settings.sites.reddit = { mode: 'sometimes' };
  const firstDay = Object.keys(bundle.stats.days)[0];
  bundle.stats.days['not-a-day'] = { x: [1] };
  bundle.stats.days[firstDay].x = 'lots';
  const damaged = join(dir, 'damaged.json');
  await writeFile(damaged, JSON.stringify(bundle));

  await page.getByTestId('import-file').setInputFiles(damaged);
  await page.waitForSelector('[data-testid=import-ignored]');
  const ignored = await page.getByTestId('import-ignored').innerText();
  assert.match(ignored, /defaults\.mode/);
  assert.match(ignored, /sites\.reddit\.mode/);
  assert.match(await page.getByTestId('import-stats-problems').innerText(), /not-a-day/);
  const stored = await settings();
  assert.equal(stored.defaults.mode, 'pause', 'a refused value falls back to the default');
  assert.equal(stored.sites.x.mode, 'gentle', 'the valid parts were taken');

  await writeFile(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
  await page.getByTestId('import-file').setInputFiles(join(dir, 'other.json'));
  await page.waitForFunction(() => /not a Second Thought backup/.test(document.querySelector('[data-testid=backup-status]')?.textContent));
  await writeFile(join(dir, 'broken.json'), '{"format": "second-thought-backup",');
  await page.getByTestId('import-file').setInputFiles(join(dir, 'broken.json'));
  await page.waitForFunction(() => /isn't a valid JSON file/.test(document.querySelector('[data-testid=backup-status]')?.textContent));
  await page.close();
});

// Nothing stored yet is not damage. Marked todo while the worker reports missing settings/stats
// (storage undefined → parsed as null) as unreadable; drop the flag once that is fixed.
test('a fresh install shows no problem notice', async () => {
  const worker = await h.worker();
  await worker.evaluate(async () => {
    await chrome.storage.sync.remove('settings');
    await chrome.storage.local.remove('stats');
  });
  const page = await openOptions();
  assert.equal(await page.getByTestId('problems').count(), 0);
  const popup = await h.extensionPage('popup/popup.html?url=' + encodeURIComponent('https://x.com/home'));
  await popup.waitForFunction(() => document.documentElement.dataset.rendered);
  assert.equal(await popup.locator('[data-testid=settings-problems]').count(), 0);
  await popup.close();
  await page.close();
});

test('corrupt stored settings: the page says so and works on defaults', async () => {
  await h.setStorage('sync', { settings: 'garbage' });
  let page = await openOptions();
  const banner = page.getByTestId('problems');
  assert.equal(await banner.getAttribute('role'), 'alert');
  assert.match(await banner.innerText(), /Some saved settings could not be read and were reset to defaults/);
  assert.equal(await page.getByLabel('Mode on X').inputValue(), 'pause');
  await page.getByLabel('Mode on X').selectOption('off');
  const fixed = await settingsWhere((s) => s?.sites?.x?.mode === 'off', 'x off over defaults');
  assert.equal(fixed.defaults.mode, 'pause');
  await page.close();

  await h.setStorage('sync', { settings: { version: 2, defaults: { mode: 'loud', suggest_below: 'sixty' }, sites: { x: { mode: 3 } } } });
  page = await openOptions();
  const text = await page.getByTestId('problems').innerText();
  for (const path of ['defaults.mode', 'defaults.suggest_below', 'sites.x.mode']) assert.ok(text.includes(path), `${path} listed in: ${text}`);
  assert.equal(await page.getByTestId('threshold').inputValue(), '60');
  await page.close();
  assert.deepEqual(h.problems, []);
});
