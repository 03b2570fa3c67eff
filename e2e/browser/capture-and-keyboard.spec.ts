import { existsSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

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
    // The EXIF summary is read (exifr) from the preview JPEG the studio serves; it can only show what that carries.
    const shots = (await s.api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;
    const shot = shots.find((x) => x.fileName === names[0])!;
    const previewBytes = new Uint8Array(
      await (await fetch(`${s.studio.url}/api/studio/shots/${shot.id}/preview`)).arrayBuffer(),
    );
    const exif = (await exifr.parse(previewBytes, { pick: ['ISO', 'Model'] }).catch(() => undefined)) as
      { ISO?: number } | undefined;
    if (exif?.ISO) {
      await details.getByText('ISO', { exact: true }).waitFor();
      expect(await details.textContent()).toContain(`ISO ${exif.ISO}`);
    } else {
      console.warn(
        'shot preview carries no EXIF (the studio strips it when resizing): EXIF summary not checked',
      );
    }
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
});
