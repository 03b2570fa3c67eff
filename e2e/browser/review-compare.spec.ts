import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidecarPaths } from '../../src/main/review/xmp-sidecars';
import { chromiumAvailable } from '../helpers/chromium';
import { sidecarRatings } from '../helpers/sidecar-ratings';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type Shot = { id: string; path: string; kind: string; seq: number };

// Full-size simulated RAW+JPEG frames on a loaded machine: generous bounds.
describe.skipIf(!chromiumAvailable())(
  'browser UI: full-screen review, compare and RAW+JPEG pairs',
  { timeout: 150_000 },
  () => {
    let s: StudioPage;
    const ratingOf = sidecarRatings();
    const shots = async () => (await s.api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;

    beforeAll(async () => {
      s = await openConnectedStudio();
    });
    afterAll(async () => {
      await s?.close();
    });

    it('shows each RAW+JPEG frame as one tile with a badge; a rating lands in both files’ sidecars', async () => {
      const { page, api, cameraId } = s;
      const put = (name: string, value: string) =>
        api('PUT', `/api/studio/cameras/${cameraId}/properties/${name}`, { value });
      expect((await put('file-format', 'raw-jpeg')).status).toBe(200);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let i = 1; i <= 4; i++) {
        await page.keyboard.press('Space');
        await expect.poll(async () => (await shots()).length, { timeout: 60_000 }).toBe(i * 2);
      }
      const strip = page.getByRole('listbox', { name: 'Shots' });
      await expect.poll(() => strip.getByRole('option').count(), { timeout: 30_000 }).toBe(4);
      expect(await strip.getByText('RAW+JPEG').count()).toBe(4);

      await strip.getByRole('option').first().click();
      const id = await strip.locator('[aria-selected="true"]').getAttribute('data-shot-id');
      await page.keyboard.press('3');
      await strip.locator(`[data-shot-id="${id}"] [data-testid="review-badge"]`).waitFor();
      const all = await shots();
      const jpeg = all.find((x) => x.id === id)!;
      const raw = all.find((x) => x.kind === 'raw' && x.seq === jpeg.seq)!;
      for (const file of new Set([...sidecarPaths(jpeg.path), ...sidecarPaths(raw.path)]))
        await expect.poll(() => ratingOf(file), { timeout: 45_000 }).toBe(3);
      await s.screenshot('30-raw-jpeg-pairs');
    });

    it('opens a shot full screen from the strip, zooms to 100 % with pan, and shows clipping', async () => {
      const { page } = s;
      const strip = page.getByRole('listbox', { name: 'Shots' });
      await strip.getByRole('option').nth(1).dblclick();
      const view = page.getByRole('region', { name: 'Shot preview' });
      const pane = view.locator('[data-zoom]');
      await view.getByRole('img').first().waitFor();
      expect(await page.locator('.app--full').count()).toBe(1);
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('.review-pane__img')).some(
          (i) => i.complete && i.naturalWidth >= 1000,
        ),
      );
      await s.screenshot('31-review-fullscreen-fit');

      await page.keyboard.press('z');
      await expect.poll(() => pane.getAttribute('data-zoom')).toBe('actual');
      // Every pixel: the full-resolution image replaces the preview.
      await view.locator('img[data-full="true"]').waitFor({ timeout: 30_000 });
      const box = (await pane.boundingBox())!;
      const left = () =>
        view.locator('img[data-full="true"]').evaluate((i) => i.getBoundingClientRect().left);
      const before = await left();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(left).toBeGreaterThan(before + 100);
      await s.screenshot('32-review-100-percent');

      await page.keyboard.press('j');
      await view
        .getByLabel('Clipped')
        .getByText(/highlights/)
        .waitFor({ timeout: 15_000 });
      await page.keyboard.press('z');
      await expect.poll(() => pane.getAttribute('data-zoom')).toBe('fit');
      await s.screenshot('33-review-clipping');
      await page.keyboard.press('j');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.app--full').count()).toBe(0);
    });

    it('compares marked shots 2-up and 4-up with one zoom', async () => {
      const { page } = s;
      const strip = page.getByRole('listbox', { name: 'Shots' });
      const tiles = strip.getByRole('option');
      await tiles.nth(0).click();
      await tiles.nth(1).click({ modifiers: ['Control'] });
      await page.keyboard.press('n');
      const compare = page.getByRole('region', { name: 'Compare', exact: true });
      const panes = compare.locator('[data-zoom]');
      await expect.poll(() => panes.count()).toBe(2);
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll<HTMLImageElement>('.compare .review-pane__img')).filter(
            (i) => i.complete && i.naturalWidth >= 1000,
          ).length === 2,
      );
      await s.screenshot('34-compare-2-up');
      await page.keyboard.press('z');
      await expect
        .poll(() => panes.evaluateAll((p) => p.map((x) => x.getAttribute('data-zoom'))))
        .toEqual(['actual', 'actual']);
      await page.keyboard.press('z');
      await tiles.nth(2).click({ modifiers: ['Control'] });
      await tiles.nth(3).click({ modifiers: ['Control'] });
      await expect.poll(() => panes.count()).toBe(4);
      expect(await compare.getAttribute('class')).toContain('compare--4');
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll<HTMLImageElement>('.compare .review-pane__img')).filter(
            (i) => i.complete && i.naturalWidth >= 1000,
          ).length === 4,
      );
      await s.screenshot('35-compare-4-up');
      expect(s.problems).toEqual([]);
    });
  },
);
