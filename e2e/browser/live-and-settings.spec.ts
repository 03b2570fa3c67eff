import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type PropertyBody = {
  data: { value: string; formatted: string; available_values: { value: string; formatted: string }[] };
};

describe.skipIf(!chromiumAvailable())('browser UI: live view and camera settings', () => {
  let s: StudioPage;
  beforeAll(async () => {
    s = await openConnectedStudio();
  });
  afterAll(async () => {
    await s?.close();
  });

  // The frame rate itself is a timing target: bench/liveview-ui.ts measures it. Here: live view keeps
  // drawing new frames, awaited (bounded) rather than timed, so a loaded machine cannot fail it.
  it('draws the live view continuously, one distinct frame after another', async () => {
    const { page } = s;
    await page.waitForFunction(() => (window.__tetherStats?.distinctFramesDrawn ?? 0) > 10);
    const before = await page.evaluate(() => ({
      n: window.__tetherStats!.distinctFramesDrawn,
      t: performance.now(),
    }));
    await page.waitForFunction((n) => (window.__tetherStats?.distinctFramesDrawn ?? 0) >= n, before.n + 60, {
      timeout: 30_000,
      polling: 50,
    });
    const after = await page.evaluate(() => ({
      n: window.__tetherStats!.distinctFramesDrawn,
      t: performance.now(),
    }));
    console.log(
      `live view: ${(((after.n - before.n) * 1000) / (after.t - before.t)).toFixed(1)} distinct frames/s drawn`,
    );
    await expect.poll(() => page.getByTestId('live-fps').textContent()).toMatch(/^\d+\.\d fps$/);
    await s.screenshot('01-live-view');
  });

  it('changing ISO in the panel changes the camera', async () => {
    const { page, api, cameraId } = s;
    const path = `/api/cameras/${cameraId}/properties/iso`;
    const before = (await api<PropertyBody>('GET', path)).body.data;
    const target = before.available_values.find((v) => v.value !== before.value && /\d/.test(v.formatted));
    expect(target).toBeDefined();
    const iso = page.getByRole('combobox', { name: 'ISO', exact: true });
    await iso.selectOption({ label: target!.formatted });
    await expect
      .poll(async () => (await api<PropertyBody>('GET', path)).body.data.formatted)
      .toBe(target!.formatted);
    await expect.poll(() => iso.inputValue()).toBe(target!.value);
  });

  it('a change made through the API shows in the panel', async () => {
    const { page, api, cameraId } = s;
    const path = `/api/cameras/${cameraId}/properties/aperture`;
    const before = (await api<PropertyBody>('GET', path)).body.data;
    const target = before.available_values.find((v) => v.value !== before.value)!;
    const aperture = page.getByRole('combobox', { name: 'Aperture', exact: true });
    expect(await aperture.inputValue()).toBe(before.value);
    const put = await api('PUT', path, { value: target.formatted });
    expect(put.status).toBe(200);
    await expect.poll(() => aperture.inputValue(), { timeout: 2000, interval: 20 }).toBe(target.value);
  });

  it('shows a refused setting where it happened, in plain words naming the setting; the code only for support', async () => {
    const { page, api, cameraId, studio } = s;
    // The body answers the next write with "busy" (CRSDK 0x8D03).
    studio.sim.faults(cameraId).busy(1);
    const iso = page.getByRole('combobox', { name: 'ISO', exact: true });
    const options = await iso.locator('option').allTextContents();
    const current = await iso.locator('option:checked').textContent();
    await iso.selectOption({ label: options.find((o) => o !== current && /\d/.test(o))! });
    const note = page.locator('[data-property="iso"]').getByRole('alert');
    await note.waitFor();
    expect(await note.textContent()).toContain('ISO: The camera is busy. Try again in a moment.');
    expect(await note.textContent()).not.toContain('CAMERA_BUSY');
    expect(await note.getAttribute('data-code')).toBe('CAMERA_BUSY');
    // The control shows what the camera really has, not the refused value.
    await expect.poll(() => iso.locator('option:checked').textContent()).toBe(current);
    await s.screenshot('02-setting-refused');
    await note.getByRole('button', { name: 'Dismiss' }).click();

    // When the camera takes control back, the panel says so and offers to switch.
    await api('PUT', `/api/cameras/${cameraId}/priority-key`, { setting: 'camera-position' });
    const claim = page.getByRole('button', { name: 'Switch to PC Remote' });
    await claim.waitFor();
    await expect.poll(() => iso.isDisabled()).toBe(true);
    await s.screenshot('02b-camera-has-control');
    await claim.click();
    await claim.waitFor({ state: 'detached' });
    await expect.poll(() => iso.isDisabled()).toBe(false);
  });

  it('overlays: grid, peaking, zebra, histogram and 100 % zoom toggle from the keyboard', async () => {
    const { page } = s;
    const pressed = (name: string) =>
      page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('g');
    await page.keyboard.press('p');
    await page.keyboard.press('e');
    expect(await pressed('Grid')).toBe('true');
    expect(await pressed('Focus peaking')).toBe('true');
    expect(await pressed('Zebra')).toBe('true');
    await page.getByTestId('thirds-grid').waitFor();
    // The overlay mask is computed a few times a second off a downscaled copy: wait until it has pixels.
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('.lv-mask');
      if (!c || c.width === 0) return false;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
      return false;
    });
    await s.screenshot('03-overlays');
    await page.keyboard.press('h');
    expect(await page.getByRole('button', { name: 'Histogram' }).textContent()).toContain('Luma');
    await page.keyboard.press('z');
    expect(await pressed('Zoom 100%')).toBe('true');
    const width = await page.getByTestId('live-frame').evaluate((el) => el.getBoundingClientRect().width);
    const frameWidth = await page.evaluate(
      () => document.querySelector<HTMLCanvasElement>('.lv-canvas')!.width,
    );
    expect(Math.round(width)).toBe(frameWidth);
    for (const k of ['z', 'g', 'p', 'e', 'h', 'h']) await page.keyboard.press(k);
  });

  it('a click on the live view moves the AF area there', async () => {
    const { page, api, cameraId } = s;
    const frame = page.getByTestId('live-frame');
    const box = (await frame.boundingBox())!;
    await frame.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
    await expect
      .poll(async () => {
        const r = await api<{ data: { frames: { normalized: { x: number; y: number } }[] } }>(
          'GET',
          `/api/cameras/${cameraId}/af-area-position`,
        );
        const f = r.body.data?.frames?.[0];
        return f ? [Math.round(f.normalized.x * 10), Math.round(f.normalized.y * 10)] : null;
      })
      .toEqual([3, 6]);
    expect(s.problems).toEqual([]);
  });
});
