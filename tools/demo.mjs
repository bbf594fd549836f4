// ./build.sh demo: first the stores' pictures (tools/store-screenshots.mjs), then Chromium with
// dist/ loaded on the bundled demo pages (the fixture sites served at their real URLs). Headed when a
// display is available; otherwise headless, writing screenshots.
import { launch, screenshot, SCREENSHOTS } from '../tests/e2e/harness.mjs';
import { drivers } from '../tests/e2e/drivers.mjs';
import { storeScreenshots, STORE_SHOTS } from './store-screenshots.mjs';

const pictures = await storeScreenshots();
console.log(`Store pictures: ${STORE_SHOTS}/{${pictures.join(',')}}.png`);

const headed = Boolean(process.env.DISPLAY);
const h = await launch({ headless: !headed });
await h.settings();
for (const site of Object.keys(drivers)) {
  const d = drivers[site];
  const page = await h.open(d.fixture ?? site, d.path); // a variant is served on its base fixture
  await page.locator(d.editor).first().click();
  await page.keyboard.type('Must read 👇 https://example.com/story');
  await page.waitForSelector('[data-second-thought="chip"]:not([hidden])');
  if (!headed) await screenshot(page, `demo-${site}`);
}
if (headed) {
  console.log('Chromium is open with Second Thought on the demo pages. Close the window to end the demo.');
  await new Promise((resolve) => h.context.on('close', resolve));
} else {
  console.log(`No display: ran headless. Screenshots of each demo page are in ${SCREENSHOTS}/demo-<site>.png`);
  await h.close();
}
