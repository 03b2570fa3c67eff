import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMagnifier, magnifiedArea } from '../../src/shared/properties';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type PropertyBody = { data: { value: string } };

/**
 * Issue 10 item 7: a real focus check. The magnifier opens at the AF point with the camera's own focus
 * magnifier (Focus_Magnifier_Setting), so the live view shows the body's enlarged image; arrow keys and a
 * drag move it, Esc closes it. Screenshots: 12-magnifier-5x, 13-magnifier-10x.
 */
describe.skipIf(!chromiumAvailable())('browser UI: focus magnifier', () => {
  let s: StudioPage;
  beforeAll(async () => {
    s = await openConnectedStudio();
  });
  afterAll(async () => {
    await s?.close();
  });

  const magnifier = async () => {
    const r = await s.api<PropertyBody>('GET', `/api/cameras/${s.cameraId}/properties/focus-magnifier`);
    return decodeMagnifier(Number(r.body.data.value));
  };
  /** Waits until the page has drawn `n` more distinct frames (the view keeps streaming). */
  const moreFrames = async (n: number) => {
    const { page } = s;
    const from = await page.evaluate(() => window.__tetherStats?.distinctFramesDrawn ?? 0);
    await page.waitForFunction((k) => (window.__tetherStats?.distinctFramesDrawn ?? 0) >= k, from + n, {
      timeout: 30_000,
    });
  };
  /** Keeps a copy of the live canvas in the page (the whole frame, before magnifying). */
  const keepWholeFrame = () =>
    s.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.lv-canvas')!;
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      copy.getContext('2d')!.drawImage(c, 0, 0);
      (window as unknown as { __wholeFrame: HTMLCanvasElement }).__wholeFrame = copy;
    });
  /**
   * Mean absolute Laplacian (fine detail) of the upper 88 % of an image at the live canvas size: the live
   * canvas itself, or `area` of the kept whole frame enlarged to that size (what a crop of the stream shows).
   */
  const detail = (area: { left: number; top: number; width: number; height: number } | null) =>
    s.page.evaluate((a) => {
      const live = document.querySelector<HTMLCanvasElement>('.lv-canvas')!;
      const t = document.createElement('canvas');
      t.width = live.width;
      t.height = live.height;
      const ctx = t.getContext('2d')!;
      if (a) {
        const src = (window as unknown as { __wholeFrame: HTMLCanvasElement }).__wholeFrame;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(
          src,
          a.left * src.width,
          a.top * src.height,
          a.width * src.width,
          a.height * src.height,
          0,
          0,
          t.width,
          t.height,
        );
      } else ctx.drawImage(live, 0, 0);
      const w = t.width;
      const h = Math.round(t.height * 0.88); // above the info strip drawn into every frame
      const d = ctx.getImageData(0, 0, w, h).data;
      const g = (x: number, y: number) => {
        const i = (y * w + x) * 4;
        return d[i] * 0.3 + d[i + 1] * 0.59 + d[i + 2] * 0.11;
      };
      let sum = 0;
      let n = 0;
      for (let y = 1; y < h - 1; y += 2)
        for (let x = 1; x < w - 1; x += 2) {
          sum += Math.abs(4 * g(x, y) - g(x - 1, y) - g(x + 1, y) - g(x, y - 1) - g(x, y + 1));
          n++;
        }
      return sum / n;
    }, area);

  it('opens the camera magnifier at the AF point: 5×, then 10×, the live view keeps streaming', async () => {
    const { page } = s;
    await page.waitForFunction(() => (window.__tetherStats?.distinctFramesDrawn ?? 0) > 5);
    expect((await magnifier())?.ratioX10).toBe(0);
    await page.getByTestId('magnify-50').click();
    await expect.poll(async () => (await magnifier())?.ratioX10).toBe(50);
    await expect.poll(() => page.getByTestId('magnifier-state').textContent()).toBe('5× camera');
    expect(await page.getByTestId('magnify-50').getAttribute('aria-pressed')).toBe('true');
    await moreFrames(5);
    await s.screenshot('12-magnifier-5x');
    await page.getByTestId('magnify-100').click();
    await expect.poll(async () => (await magnifier())?.ratioX10).toBe(100);
    await moreFrames(5);
    await s.screenshot('13-magnifier-10x');
  });

  it('arrow keys and a drag move the magnified area; Esc closes it', async () => {
    const { page } = s;
    const start = (await magnifier())!.centre!;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowLeft');
    // ×10: the area is 64×48 AF units; one step is half of it.
    await expect.poll(async () => (await magnifier())?.centre?.x).toBe(Math.max(32, start.x - 32));
    const before = (await magnifier())!.centre!;
    const frame = page.getByTestId('live-frame');
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + box.width / 4, box.y + box.height / 2 + 10, { steps: 8 });
    await page.mouse.up();
    // Dragging right shows what lies left: the centre moves left by a quarter of the magnified width.
    await expect.poll(async () => (await magnifier())?.centre?.x).toBeLessThan(before.x - 10);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await magnifier())?.ratioX10).toBe(0);
    await expect.poll(() => page.getByTestId('magnifier-navigator').count()).toBe(0);
  });

  it('shows more detail than the same area cropped from the stream', async () => {
    const { page } = s;
    await moreFrames(3);
    await keepWholeFrame();
    await page.getByTestId('magnify-50').click();
    await expect.poll(async () => (await magnifier())?.ratioX10).toBe(50);
    await moreFrames(5);
    const { centre } = (await magnifier())!;
    const area = magnifiedArea(50, centre!);
    const cropped = await detail(area);
    const magnified = await detail(null);
    console.log(
      `focus check 5×: detail ${cropped.toFixed(2)} (stream crop) → ${magnified.toFixed(2)} (camera)`,
    );
    expect(magnified).toBeGreaterThan(cropped * 1.3);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await magnifier())?.ratioX10).toBe(0);
  });
});
