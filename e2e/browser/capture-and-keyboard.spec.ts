import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { SCREENSHOT_DIR, openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type Shot = { id: string; fileName: string; path: string };

describe.skipIf(!chromiumAvailable())('browser UI: capture, filmstrip and keyboard', () => {
  let s: StudioPage;
  const strip = () => s.page.getByRole('listbox', { name: 'Shots' });
  const stripNames = () => strip().locator('.strip__name').allTextContents();

  beforeAll(async () => {
    s = await openConnectedStudio();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('Capture puts the new shot, by file name, in the filmstrip (and on disk)', async () => {
    const { page, api } = s;
    const preview = page.getByTestId('name-preview');
    await expect.poll(() => preview.textContent()).toMatch(/^→ .+\.\w+$/);
    const expected = (await preview.textContent())!.replace('→ ', '');
    await page.getByRole('button', { name: 'Capture', exact: true }).click();
    await strip().getByText(expected, { exact: true }).waitFor({ timeout: 15_000 });
    const shots = (await api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;
    const shot = shots.find((x) => x.fileName === expected);
    expect(shot).toBeDefined();
    expect(existsSync(shot!.path)).toBe(true);
    expect(shot!.path.startsWith(join(s.studio.sessionRoot))).toBe(true);
    // The new arrival is selected in the strip.
    expect(await strip().locator('[aria-selected="true"] .strip__name').textContent()).toBe(expected);
  });

  it('Space captures; the filmstrip lists shots newest first', async () => {
    const { page } = s;
    const before = (await stripNames()).length;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await expect.poll(async () => (await stripNames()).length, { timeout: 15_000 }).toBe(before + 1);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await stripNames()).length, { timeout: 15_000 }).toBe(before + 2);
    const names = await stripNames();
    expect([...names].sort().reverse()).toEqual(names);
    await s.screenshot('04-filmstrip');
  });

  it('arrow keys browse the filmstrip and open the shot with its EXIF summary; L returns to live view', async () => {
    const { page } = s;
    const names = await stripNames();
    await page.keyboard.press('ArrowRight');
    const previewName = page.getByTestId('preview-file-name');
    await expect.poll(() => previewName.textContent()).toBe(names[1]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => previewName.textContent()).toBe(names[0]);
    const details = page.getByRole('complementary', { name: 'Shot details' });
    await details.getByText('Original', { exact: true }).waitFor();
    await page.getByRole('img', { name: names[0] }).waitFor();
    // The EXIF summary is read (exifr) from the preview JPEG the studio serves, which keeps the shot's EXIF.
    const shots = (await s.api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;
    const shot = shots.find((x) => x.fileName === names[0])!;
    const previewBytes = new Uint8Array(
      await (await fetch(`${s.studio.url}/api/studio/shots/${shot.id}/preview`)).arrayBuffer(),
    );
    const exif = (await exifr.parse(previewBytes, { pick: ['ISO', 'Model'] })) as { ISO?: number };
    expect(exif.ISO).toBeGreaterThan(0);
    await details.getByText('ISO', { exact: true }).waitFor();
    expect(await details.textContent()).toContain(`ISO ${exif.ISO}`);
    await page.waitForFunction(() =>
      Array.from(document.images).some((i) => i.alt && i.complete && i.naturalWidth > 0),
    );
    await s.screenshot('05-shot-preview');
    await page.keyboard.press('l');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Live view' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.waitForFunction(() => (window.__tetherStats?.framesDrawn ?? 0) > 5);
  });

  it('F half-presses while held; ? shows the shortcuts', async () => {
    const { page } = s;
    const af = page.getByRole('button', { name: 'AF (hold F)' });
    await page.keyboard.down('f');
    await expect.poll(() => af.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.up('f');
    await expect.poll(() => af.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Capture');
    await s.screenshot('06-shortcuts');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the interval timer fires the requested number of shots with progress', async () => {
    const { page } = s;
    const before = (await stripNames()).length;
    await page.getByRole('spinbutton', { name: 'Number of shots' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Seconds between shots' }).fill('1');
    await page.getByRole('group', { name: 'Interval timer' }).getByRole('button', { name: 'Start' }).click();
    const progress = page.getByLabel('Interval progress');
    await progress.getByText(/2\/2 · done/).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await stripNames()).length, { timeout: 15_000 }).toBe(before + 2);
  });

  it('sessions: a new session gets its own folder and an empty filmstrip; the template preview follows typing', async () => {
    const { page, api } = s;
    await page.getByRole('button', { name: /^New/ }).click();
    await page.getByRole('textbox', { name: 'New session name' }).fill('Client A');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Session' }).locator('option:checked').textContent())
      .toContain('Client A');
    await page.getByText('No shots in this session yet', { exact: false }).waitFor();
    const template = page.getByRole('textbox', { name: 'Naming template' });
    await template.fill('{session}-{seq:3}{ext}');
    await expect.poll(() => page.getByTestId('name-preview').textContent()).toBe('→ Client A-001.JPG');
    await template.press('Enter');
    await expect
      .poll(
        async () =>
          (await api<{ data: { template: string } }>('GET', '/api/studio/sessions/active')).body.data
            .template,
      )
      .toBe('{session}-{seq:3}{ext}');
    expect(s.problems).toEqual([]);
  });

  it('session folder: a typed root applies on Enter (a bad one says why and how to fix it), the next capture lands there, Download serves it', async () => {
    const { page, api } = s;
    const field = page.getByRole('textbox', { name: 'Session folder' });
    expect(await field.inputValue()).toBe(s.studio.sessionRoot);
    await field.fill('relative/shoots');
    await field.press('Enter');
    const error = page.getByTestId('session-root-error');
    await expect
      .poll(() => error.textContent())
      .toMatch(/^Session folder: Must be an absolute path\. Type a full path/);
    expect(await error.getAttribute('data-code')).toBe('INVALID_ARGUMENT');
    // The error floats just under the bar: include the strip below it.
    const width = page.viewportSize()?.width ?? 1600;
    await page.screenshot({
      path: join(SCREENSHOT_DIR, '09b-session-folder-error.png'),
      clip: { x: 0, y: 0, width, height: 80 },
    });

    const moved = join(dirname(s.studio.sessionRoot), 'moved', 'root');
    await field.fill(moved);
    await field.press('Enter');
    await expect.poll(() => error.count()).toBe(0);
    await expect
      .poll(
        async () =>
          (await api<{ data: { sessionRoot: string } }>('GET', '/api/studio/settings')).body.data.sessionRoot,
      )
      .toBe(moved);
    expect(await field.inputValue()).toBe(moved);
    await page.getByText('No shots in this session yet', { exact: false }).waitFor();
    await page.locator('.topbar').screenshot({ path: join(SCREENSHOT_DIR, '09-session-folder.png') });

    await page.getByRole('button', { name: 'Capture', exact: true }).click();
    await expect.poll(async () => (await stripNames()).length, { timeout: 15_000 }).toBe(1);
    const [shot] = (await api<{ data: (Shot & { size: number })[] }>('GET', '/api/studio/shots')).body.data;
    expect(shot.path.startsWith(join(moved, 'Client A'))).toBe(true);
    expect(existsSync(shot.path)).toBe(true);

    await strip().getByRole('option').first().click();
    const download = page
      .getByRole('complementary', { name: 'Shot details' })
      .getByRole('link', { name: 'Download' });
    const href = await download.getAttribute('href');
    expect(await download.getAttribute('download')).toBe(shot.fileName);
    const res = await page.evaluate(async (url) => {
      const r = await fetch(url!);
      return {
        status: r.status,
        disposition: r.headers.get('content-disposition'),
        size: (await r.arrayBuffer()).byteLength,
      };
    }, href);
    expect(res).toEqual({
      status: 200,
      disposition: expect.stringContaining(`attachment; filename="${shot.fileName}"`),
      size: shot.size,
    });
    expect(await strip().getByRole('option').first().getAttribute('draggable')).toBe('true');
  });
});
