import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, plugAndConnectBodies, type StudioPage } from '../helpers/studio-page';

type Run = {
  id: string;
  state: string;
  done: number;
  groupId: string;
  spec: { kind: string; ramp?: unknown; hold?: boolean };
  frames: { settings?: Record<string, string> }[];
};
type Shot = { id: string; path: string; cameraId: string };

// Full-size simulated frames and real exposure times: generous bounds for a loaded machine.
describe.skipIf(!chromiumAvailable())(
  'browser UI: BULB from the capture bar, exposure ramping, camera settings files, grid live view',
  { timeout: 150_000 },
  () => {
    let s: StudioPage;
    const runs = async () => (await s.api<{ data: Run[] }>('GET', '/api/studio/sequences')).body.data;
    const prop = (name: string, value: string) =>
      s.api('PUT', `/api/studio/cameras/${s.cameraId}/properties/${name}`, { value });
    /** The EXIF exposure time of the shot a run landed (waits for it). */
    const exposureOf = async (run: Run): Promise<number> => {
      let shot: Shot | undefined;
      await expect
        .poll(
          async () => {
            const reviews = await s.api<{ data: { shotId: string; group?: { id: string } }[] }>(
              'GET',
              '/api/studio/reviews',
            );
            const id = reviews.body.data.find((r) => r.group?.id === run.groupId)?.shotId;
            const list = await s.api<{ data: Shot[] }>('GET', '/api/studio/shots');
            shot = list.body.data.find((x) => x.id === id);
            return shot !== undefined;
          },
          { timeout: 60_000 },
        )
        .toBe(true);
      return ((await exifr.parse(shot!.path)) as { ExposureTime: number }).ExposureTime;
    };

    beforeAll(async () => {
      s = await openConnectedStudio();
    });
    afterAll(async () => {
      await s?.close();
    });

    it('on BULB, exposes for the set seconds timed by the studio, with a countdown; the EXIF says it', async () => {
      const { page } = s;
      expect((await prop('exposure-program-mode', 'manual')).status).toBe(200);
      expect((await prop('long-exposure-nr', 'off')).status).toBe(200);
      expect((await prop('shutter-speed', '0x0')).status).toBe(200);
      const bulb = page.getByRole('group', { name: 'Bulb exposure' });
      await bulb.waitFor();
      await bulb.getByRole('spinbutton', { name: 'Bulb seconds' }).fill('4');
      await bulb.getByRole('button', { name: 'Expose' }).click();
      await bulb.getByRole('timer', { name: 'Exposure countdown' }).getByText(/left$/).waitFor();
      await s.screenshot('bulb-countdown');
      await bulb.getByRole('timer').waitFor({ state: 'detached', timeout: 30_000 });
      const [run] = await runs();
      expect(run).toMatchObject({ state: 'done', done: 1, spec: { kind: 'bulb' } });
      const seconds = await exposureOf(run);
      expect(seconds).toBeGreaterThanOrEqual(4);
      expect(seconds).toBeLessThan(6);
    });

    it('holds the shutter open while the button is held; the EXIF says the held time', async () => {
      const { page } = s;
      const bulb = page.getByRole('group', { name: 'Bulb exposure' });
      await bulb.getByRole('combobox', { name: 'Bulb mode' }).selectOption('hold');
      const hold = bulb.getByRole('button', { name: 'Hold to expose' });
      await hold.hover();
      await page.mouse.down();
      await bulb.getByRole('timer').getByText(/open$/).waitFor();
      await bulb.getByRole('button', { name: 'Release to close' }).waitFor();
      // The photographer holds for (at least) two seconds: an input, not a wait for an event.
      await page.waitForTimeout(2000);
      await s.screenshot('bulb-hold');
      await page.mouse.up();
      await expect.poll(async () => (await runs())[0].state, { timeout: 30_000 }).toBe('done');
      const [run] = await runs();
      expect(run.spec).toMatchObject({ kind: 'bulb', hold: true });
      const held = Number.parseFloat(run.frames[0].settings?.exposure ?? '');
      expect(held).toBeGreaterThanOrEqual(2);
      const seconds = await exposureOf(run);
      // The body's open time spans the studio's (release down … up).
      expect(seconds).toBeGreaterThanOrEqual(held - 0.1);
      expect(seconds).toBeLessThan(held + 5);
      await prop('shutter-speed', '1/125');
      await bulb.waitFor({ state: 'detached' });
    });

    it('runs a time-lapse with exposure ramping set up in the sequence form', async () => {
      const { page } = s;
      const panel = page.getByRole('region', { name: 'Sequences' });
      await panel.getByRole('combobox', { name: 'Sequence kind' }).selectOption('timelapse');
      await panel.getByRole('spinbutton', { name: 'Interval s' }).fill('1');
      await panel.getByRole('spinbutton', { name: 'Frames' }).fill('3');
      await panel.getByRole('checkbox', { name: 'Exposure ramp' }).check();
      await panel.getByRole('spinbutton', { name: 'Target brightness' }).fill('140');
      await panel.getByRole('combobox', { name: 'Ramp moves' }).selectOption('shutter');
      await s.screenshot('sequence-form-ramp');
      await panel.getByRole('button', { name: 'Start' }).click();
      await panel.getByRole('listitem', { name: /Time-lapse 3\/3 done/ }).waitFor({ timeout: 90_000 });
      const lapse = (await runs()).find((r) => r.spec.kind === 'timelapse')!;
      expect(lapse.spec.ramp).toMatchObject({ source: 'liveView', target: 140, by: 'shutter' });
      // The ramp measured the brightness between frames (frame 2 on carries what it read and did).
      expect(lapse.frames.slice(1).some((f) => f.settings?.brightness !== undefined)).toBe(true);
    });

    it("saves the body's settings file and loads it back from the panel", async () => {
      const { page } = s;
      const iso = page.getByRole('combobox', { name: 'ISO', exact: true });
      const saved = await iso.inputValue();
      const panel = page.getByRole('region', { name: 'Camera settings files' });
      await panel.getByRole('textbox', { name: 'Settings file name' }).fill('E2E body');
      await panel.getByRole('button', { name: 'Save from camera' }).click();
      await panel.getByRole('status').getByText('Saved E2E body.DAT').waitFor();
      const other = (
        await iso.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))
      ).find((v) => v !== saved)!;
      await iso.selectOption(other);
      await expect.poll(() => iso.inputValue()).toBe(other);
      await panel.getByRole('button', { name: 'Load E2E body.DAT into the camera' }).click();
      await s.screenshot('settings-file-confirm');
      await panel.getByRole('button', { name: 'Confirm load E2E body.DAT' }).click();
      await panel.getByRole('status').getByText('Loaded E2E body.DAT into the camera').waitFor();
      await expect.poll(() => iso.inputValue(), { timeout: 15_000 }).toBe(saved);
    });

    it('shows every connected body live in the grid; a click makes one the main body', async () => {
      const { page } = s;
      await plugAndConnectBodies(s, 2, 'remote');
      await page.getByRole('tab', { name: 'All bodies' }).click();
      const grid = page.getByRole('region', { name: 'All bodies' });
      const tiles = grid.getByRole('button', { name: /ILCE/ });
      await expect.poll(() => tiles.count(), { timeout: 30_000 }).toBe(3);
      // Every tile draws frames: its fps readout appears once it streams.
      for (let i = 0; i < 3; i++)
        await tiles
          .nth(i)
          .getByText(/^\d+ fps$/)
          .waitFor({ timeout: 30_000 });
      await s.screenshot('grid-live-view');
      const second = tiles.nth(1);
      const id = await second.getAttribute('data-camera-id');
      expect(await second.getAttribute('aria-pressed')).toBe('false');
      await second.click();
      await expect.poll(() => second.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => tiles.nth(0).getAttribute('aria-pressed')).toBe('false');
      await s.screenshot('grid-main-body');
      // The main body is the one the rest of the window follows (camera picker, settings, single live view).
      expect(id).toBeTruthy();
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Camera', exact: true }).inputValue())
        .toBe(id);
      await grid.getByRole('button', { name: 'Main body only' }).click();
      await page.getByRole('region', { name: 'Live view' }).waitFor();
      expect(s.problems).toEqual([]);
    });
  },
);
