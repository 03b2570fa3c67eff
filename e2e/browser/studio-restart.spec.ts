import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

const framesDrawn = (s: StudioPage) => s.page.evaluate(() => window.__tetherStats?.framesDrawn ?? 0);

describe.skipIf(!chromiumAvailable())('browser UI: the studio restarts under an open page', () => {
  let s: StudioPage;
  beforeAll(async () => {
    s = await openConnectedStudio();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('says "studio unreachable" (not the camera), drops the frozen frame, then reconnects and re-syncs', async () => {
    const { page } = s;
    await page.waitForFunction(() => (window.__tetherStats?.framesDrawn ?? 0) > 5);
    await s.studio.kill();

    // While it is down: the badge and a banner blame the studio; no last frame stays up.
    await page.getByTestId('connection-state').filter({ hasText: 'Studio unreachable' }).waitFor();
    await page.getByTestId('link-banner').waitFor();
    await page.getByText('Studio unreachable — reconnecting…').waitFor();
    const canvas = await page
      .locator('.lv-canvas')
      .evaluate((c: HTMLCanvasElement) => ({ width: c.width, visibility: getComputedStyle(c).visibility }));
    expect(canvas).toEqual({ width: 0, visibility: 'hidden' });
    await s.screenshot('10-studio-unreachable');

    // `serve` runs again: the page finds it by itself, re-reads everything and auto-connects the camera.
    await s.studio.restart();
    await page
      .getByRole('button', { name: 'Retry now' })
      .click()
      .catch(() => undefined);
    await page
      .getByTestId('connection-state')
      .filter({ hasText: /^Connected$/ })
      .waitFor({ timeout: 20_000 });
    await page.getByTestId('link-banner').waitFor({ state: 'detached' });
    const before = await framesDrawn(s);
    await page.waitForFunction((n) => (window.__tetherStats?.framesDrawn ?? 0) > n + 5, before, {
      timeout: 20_000,
    });
    await page.getByRole('combobox', { name: 'ISO', exact: true, disabled: false }).waitFor();
    await s.screenshot('11-studio-back');
    // Nothing from before the restart is still on screen.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(s.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch|net::/.test(p))).toEqual([]);
  });
});
