import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidecarPaths } from '../../src/main/review/xmp-sidecars';
import { chromiumAvailable } from '../helpers/chromium';
import { sidecarRatings } from '../helpers/sidecar-ratings';
import { openConnectedStudio, plugAndConnectBodies, type StudioPage } from '../helpers/studio-page';

type Run = { id: string; state: string; done: number; groupId: string; spec: { kind: string } };
type Shot = { id: string; path: string; cameraId: string };

// Each step shoots several full-size simulated frames: generous bounds for a loaded machine.
describe.skipIf(!chromiumAvailable())(
  'browser UI: sequences, review, presets and capture-all',
  { timeout: 150_000 },
  () => {
    let s: StudioPage;
    const ratingOf = sidecarRatings();
    const runs = async () => (await s.api<{ data: Run[] }>('GET', '/api/studio/sequences')).body.data;
    const shots = async () => (await s.api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;

    beforeAll(async () => {
      s = await openConnectedStudio();
    });
    afterAll(async () => {
      await s?.close();
    });

    it('runs a 5-frame bracket from the sequence panel; five shots land as one group', async () => {
      const panel = s.page.getByRole('region', { name: 'Sequences' });
      await panel.getByRole('button', { name: 'Start' }).click();
      await panel.getByRole('listitem', { name: /Bracket 5\/5 done/ }).waitFor({ timeout: 90_000 });
      const [run] = await runs();
      expect(run).toMatchObject({ state: 'done', done: 5, spec: { kind: 'bracket' } });
      await expect
        .poll(
          async () => {
            const r = await s.api<{ data: { group?: { id: string } }[] }>('GET', '/api/studio/reviews');
            return r.body.data.filter((x) => x.group?.id === run.groupId).length;
          },
          { timeout: 60_000 },
        )
        .toBe(5);
    });

    it('runs a 10-step focus stack', async () => {
      const panel = s.page.getByRole('region', { name: 'Sequences' });
      await panel.getByRole('combobox', { name: 'Sequence kind' }).selectOption('focusStack');
      await panel.getByRole('spinbutton', { name: 'Settle ms' }).fill('0');
      await panel.getByRole('button', { name: 'Start' }).click();
      await panel.getByRole('listitem', { name: /Focus stack 10\/10 done/ }).waitFor({ timeout: 90_000 });
    });

    it('keeps a 20-frame time-lapse running in the studio while the page reloads', async () => {
      const { page } = s;
      const group = page.getByRole('group', { name: 'Interval timer' });
      await group.getByRole('spinbutton', { name: 'Number of shots' }).fill('20');
      await group.getByRole('spinbutton', { name: 'Seconds between shots' }).fill('1');
      await group.getByRole('button', { name: 'Start' }).click();
      await group
        .getByLabel('Interval progress')
        .getByText(/^2\/20/)
        .waitFor({ timeout: 45_000 });
      await page.reload();
      const again = page.getByRole('group', { name: 'Interval timer' });
      // Frames kept coming while the page was gone; the reloaded page shows the same run and can stop it.
      await again
        .getByLabel('Interval progress')
        .getByText(/^([4-9]|1\d)\/20/)
        .waitFor({ timeout: 60_000 });
      await again.getByRole('button', { name: 'Stop' }).click();
      await again
        .getByLabel('Interval progress')
        .getByText(/stopped/)
        .waitFor({ timeout: 45_000 });
      const timelapse = (await runs()).find((r) => r.spec.kind === 'timelapse');
      expect(timelapse?.state).toBe('cancelled');
      expect(timelapse!.done).toBeGreaterThanOrEqual(4);
    });

    it('rates the selected shot from the keyboard and the rating is in its XMP sidecar', async () => {
      const { page } = s;
      const strip = page.getByRole('listbox', { name: 'Shots' });
      await strip.getByRole('option').first().click();
      const id = await strip.locator('[aria-selected="true"]').getAttribute('data-shot-id');
      await page.keyboard.press('4');
      await strip.locator(`[data-shot-id="${id}"] [data-testid="review-badge"]`).waitFor();
      const shot = (await shots()).find((x) => x.id === id)!;
      await expect
        .poll(() => ratingOf(sidecarPaths(shot.path)[0]), {
          timeout: 45_000,
        })
        .toBe(4);
    });

    it('saves a preset and applies it to the camera', async () => {
      const { page } = s;
      const iso = page.getByRole('combobox', { name: 'ISO', exact: true });
      const saved = await iso.inputValue();
      const panel = page.getByRole('region', { name: 'Presets' });
      await panel.getByRole('textbox', { name: 'Preset name' }).fill('E2E look');
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('button', { name: 'Apply E2E look' }).waitFor();
      const other = (
        await iso.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))
      ).find((v) => v !== saved)!;
      await iso.selectOption(other);
      await expect.poll(() => iso.inputValue()).toBe(other);
      await panel.getByRole('button', { name: 'Apply E2E look' }).click();
      await panel.getByRole('status').getByText('Applied E2E look').waitFor();
      await expect.poll(() => iso.inputValue()).toBe(saved);
    });

    it('fires all three bodies with Capture all and reports the skew', async () => {
      const { page } = s;
      // Two more bodies are plugged in next to the one the page connected.
      expect(await plugAndConnectBodies(s, 2, 'remote-transfer')).toHaveLength(3);
      const before = (await shots()).length;
      await page.getByRole('button', { name: 'Capture all' }).click();
      await page
        .getByTestId('capture-all-result')
        .getByText(/^3\/3 bodies · skew \d+\.\d ms$/)
        .waitFor({ timeout: 45_000 });
      await expect
        .poll(async () => new Set((await shots()).slice(before).map((x) => x.cameraId)).size, {
          timeout: 60_000,
        })
        .toBe(3);
    });
  },
);
