import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** Geometry the layout promises at every width: nothing overlaps, is squeezed or clipped. */
function measure() {
  const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
  const over = (sel: string) => {
    const el = document.querySelector(sel) as HTMLElement | null;
    return el ? el.scrollWidth - el.clientWidth : -1;
  };
  const preview = box('[data-testid="name-preview"]');
  const folderLabel = [...document.querySelectorAll('.topbar__label')].find(
    (e) => e.textContent === 'Folder',
  );
  const folder = folderLabel?.getBoundingClientRect();
  const fps = box('.lv-toolbar__fps, [data-testid="live-fps"]');
  const toolbar = document.querySelector('.lv-toolbar') as HTMLElement | null;
  const frame = box('[data-testid="live-frame"]');
  return {
    topbarOverflow: over('.topbar'),
    previewOverlapsFolder: !!(preview && folder && preview.right > folder.left),
    folderFieldWidth:
      box('.topbar__folder-group .field')?.width ?? box('[data-testid="session-root"]')?.width ?? 0,
    fpsClipped: !!(fps && toolbar && fps.right > toolbar.getBoundingClientRect().right + 0.5),
    toolbarOverflow: toolbar ? toolbar.scrollWidth - toolbar.clientWidth : 0,
    toolbarHeight: toolbar?.getBoundingClientRect().height ?? 0,
    liveShare: frame ? (frame.width * frame.height) / (window.innerWidth * window.innerHeight) : 0,
  };
}

describe.skipIf(!chromiumAvailable())('browser UI: every window size from 1024 up', () => {
  let s: StudioPage;
  beforeAll(async () => {
    s = await openConnectedStudio();
    await s.page.waitForFunction(() => (window.__tetherStats?.framesDrawn ?? 0) > 3);
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const size of SIZES) {
    it(`${size.width}×${size.height}: top bar, toolbar and live view fit without overlap or clipping`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.waitForFunction(() => (window.__tetherStats?.framesDrawn ?? 0) > 0);
      const m = await page.evaluate(measure);
      await s.screenshot(`20-size-${size.width}x${size.height}`);
      expect(m.topbarOverflow).toBeLessThanOrEqual(0);
      expect(m.previewOverlapsFolder).toBe(false);
      expect(m.folderFieldWidth).toBeGreaterThanOrEqual(120);
      expect(m.toolbarOverflow).toBeLessThanOrEqual(0);
      expect(m.fpsClipped).toBe(false);
      expect(m.toolbarHeight).toBeLessThan(40);
      expect(m.liveShare).toBeGreaterThan(0.25);
    });
  }

  it('hiding the panels and the full-window viewer give the picture the screen', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1440, height: 900 });
    const share = () => page.evaluate(measure).then((m) => m.liveShare);
    const normal = await share();
    await page.getByRole('button', { name: 'Full-window viewer (F11 / Tab)' }).click();
    const full = await share();
    await s.screenshot('21-full-window-viewer');
    expect(full).toBeGreaterThan(normal * 1.4);
    await page.keyboard.press('F11');
    expect(await share()).toBeCloseTo(normal, 2);
    await page.getByRole('button', { name: 'Settings panel (])' }).click();
    expect(await share()).toBeGreaterThan(normal);
    await page.getByRole('button', { name: 'Settings panel (])' }).click();
  });
});
