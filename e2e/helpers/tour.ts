// Dev tool: starts a test studio, opens the UI in Chromium, connects and saves a screenshot per main state
// to e2e/screenshots/tour-*.png. Run: npx tsx e2e/helpers/tour.ts
import { launchChromium, openStudioPage } from './chromium';
import { startTestStudio } from './studio-server';

const studio = await startTestStudio();
const browser = await launchChromium();
try {
  const { page, problems } = await openStudioPage(browser, studio.url);
  await page.getByRole('combobox', { name: 'ISO' }).waitFor();
  await page.waitForFunction(() => (window.__tetherStats?.framesDrawn ?? 0) > 30);
  await page.screenshot({ path: 'e2e/screenshots/tour-live.png' });
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await page.screenshot({ path: 'e2e/screenshots/tour-overlays.png' });
  console.log('problems', problems);
} finally {
  await browser.close();
  await studio.stop();
}
