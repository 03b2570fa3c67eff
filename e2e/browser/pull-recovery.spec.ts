import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type Job = { id: string; state: string; originalName: string };

describe.skipIf(!chromiumAvailable())('browser UI: a pull interrupted by a disconnect recovers', () => {
  let s: StudioPage;
  beforeAll(async () => {
    // Slow enough that the cable is pulled while most files are still queued.
    s = await openConnectedStudio({ simOptions: { rateBytesPerSec: 60e6 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it(
    'Connect after the drop restores "Remote + card"; the queued pulls resume by themselves',
    { timeout: 180_000 },
    async () => {
      const { page, api, cameraId } = s;
      await page.getByRole('tab', { name: 'Card' }).click();
      await page.getByRole('button', { name: 'Reconnect in Remote + card mode' }).click();
      const browser = page.getByRole('region', { name: 'Card browser' });
      await browser.getByRole('listbox').first().getByRole('option').first().waitFor({ timeout: 15_000 });
      await browser.getByRole('button', { name: 'Select all' }).click();
      await page.getByRole('button', { name: /^Pull \d+ selected$/ }).click();
      const jobs = async () => (await api<{ data: Job[] }>('GET', '/api/studio/transfers')).body.data;
      await expect
        .poll(async () => (await jobs()).some((j) => j.state === 'done'), { timeout: 30_000 })
        .toBe(true);

      // The cable comes out mid-pull. Auto-connect is off: if the studio does not reconnect the body by
      // itself, it is the photographer's Connect that has to pick the mode the pulls need.
      await page.getByRole('checkbox', { name: /Connect automatically/ }).uncheck();
      s.studio.sim.unplug(cameraId);
      await page
        .getByTestId('connection-state')
        .filter({ hasNotText: /^Connected$/ })
        .waitFor();
      await s.screenshot('12-pull-interrupted');
      s.studio.sim.replug(cameraId);
      const connected = page.getByTestId('connection-state').filter({ hasText: /^Connected$/ });
      const connect = page.getByRole('button', { name: 'Connect', exact: true });
      await Promise.race([connected.waitFor({ timeout: 20_000 }), connect.waitFor({ timeout: 20_000 })]);
      if (await connect.isVisible()) await connect.click();
      await connected.waitFor({ timeout: 15_000 });
      expect(await page.getByRole('combobox', { name: 'Connection mode' }).inputValue()).toBe(
        'remote-transfer',
      );

      // Nobody presses Retry: every pull ends saved, none failed with WRONG_CONNECTION_MODE.
      // Nobody presses Retry: the queued pulls resume and keep landing, none fails (e.g. WRONG_CONNECTION_MODE).
      // (Bounded: the whole card is ~860 MB; a few more saved files prove the queue runs again.)
      const done = async () => (await jobs()).filter((j) => j.state === 'done').length;
      const after = await done();
      await expect.poll(done, { timeout: 90_000, interval: 1000 }).toBeGreaterThanOrEqual(after + 3);
      expect((await jobs()).filter((j) => j.state === 'failed').map((j) => j.originalName)).toEqual([]);
      await s.screenshot('13-pull-recovered');
    },
  );
});
