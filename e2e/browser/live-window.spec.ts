import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { SCREENSHOT_DIR, openConnectedStudio, type StudioPage } from '../helpers/studio-page';

/**
 * Issue 10 item 5: the live view alone in a window of its own (second monitor, client screen). In a
 * browser the toolbar's Window button opens it as a popup; in Electron the same request becomes a studio
 * window (e2e/electron). Screenshot: 17-live-view-window.
 */
describe.skipIf(!chromiumAvailable())('browser UI: live view window', () => {
  let s: StudioPage;
  beforeAll(async () => {
    s = await openConnectedStudio();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens the live view alone, streaming, without the studio controls', async () => {
    const popup = s.page.waitForEvent('popup');
    await s.page.getByTestId('open-live-window').click();
    const live = await popup;
    await live.setViewportSize({ width: 1280, height: 853 });
    await live.getByTestId('live-only').waitFor();
    await live.waitForFunction(() => (window.__tetherStats?.distinctFramesDrawn ?? 0) > 5, undefined, {
      timeout: 30_000,
    });
    expect(await live.title()).toBe('Tether Studio — Live View');
    expect(await live.getByRole('button', { name: 'Capture', exact: true }).count()).toBe(0);
    expect(await live.getByTestId('connection-state').count()).toBe(0);
    expect(await live.getByTestId('open-live-window').count()).toBe(0);
    // The studio window keeps streaming beside it.
    const from = await s.page.evaluate(() => window.__tetherStats?.distinctFramesDrawn ?? 0);
    await s.page.waitForFunction((n) => (window.__tetherStats?.distinctFramesDrawn ?? 0) > n + 5, from, {
      timeout: 30_000,
    });
    await live.screenshot({ path: join(SCREENSHOT_DIR, '17-live-view-window.png') });
    await live.close();
  });

  it('never connects a camera by itself', async () => {
    expect((await s.api('DELETE', `/api/cameras/${s.cameraId}/connection`)).status).toBe(200);
    await s.page
      .getByTestId('connection-state')
      .filter({ hasText: /^Disconnected$/ })
      .waitFor();
    const live = await s.page.context().newPage();
    await live.goto(`${s.studio.url}/#live-only`);
    await live.getByText('Camera not connected').waitFor();
    // Whatever a connect from this page would have sent reaches the studio before this read.
    await live.evaluate(() => fetch('/api/studio/status').then((r) => r.status));
    const cameras = await s.api<{ data: { connected: boolean }[] }>('GET', '/api/studio/cameras');
    expect(cameras.body.data[0].connected).toBe(false);
    await live.close();
  });
});
