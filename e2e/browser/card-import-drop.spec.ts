import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

// Issue 10 item 11 (end state, already-imported files marked and skipped, across a restart, over REST) and
// item 15 (tiles dropped on a session of the list; an OS folder dropped in a browser).
type Listed = { name: string; imported?: { sessionId: string; shotId: string; fileName: string } };
type Shot = { originalName: string; sessionId: string };

describe.skipIf(!chromiumAvailable())('browser UI: card import end state and drag and drop', () => {
  let s: StudioPage;
  /** Yesterday's JPEGs (their capture times do not move when the simulated body starts again). */
  const names: string[] = [];
  beforeAll(async () => {
    s = await openConnectedStudio({ simOptions: { rateBytesPerSec: 60e6 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  const browser = () => s.page.getByRole('region', { name: 'Card browser' });
  const tile = (name: string) => browser().getByRole('option', { name, exact: true });
  const listing = async () =>
    (await s.api<{ data: Listed[] }>('GET', `/api/studio/cameras/${s.cameraId}/card/slots/1/files`)).body
      .data;

  /** Opens the card tab in a card mode and scrolls to the oldest day (yesterday, at the bottom). */
  async function openCardAtYesterday(): Promise<Locator> {
    const { page } = s;
    await page.getByRole('tab', { name: 'Card' }).click();
    const reconnect = page.getByRole('button', { name: 'Reconnect in Remote + card mode' });
    const firstTile = browser().getByRole('listbox').first().getByRole('option').first();
    // The card browser loads on demand: wait until it shows either the mode question or its tiles.
    await reconnect.or(firstTile).first().waitFor({ timeout: 20_000 });
    if (await reconnect.isVisible().catch(() => false)) await reconnect.click();
    await firstTile.waitFor({ timeout: 20_000 });
    await page.locator('.cardb__scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastDay = browser().getByRole('listbox').last();
    await lastDay.getByRole('option').last().waitFor();
    return lastDay;
  }

  it('pulls two files: the end state says so, the selection is cleared, the tiles say "Imported"', async () => {
    const { page } = s;
    const day = await openCardAtYesterday();
    const jpegs = day.locator('[role=option][aria-label$=".JPG"]');
    const count = await jpegs.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = count - 5; i < count; i++) names.push((await jpegs.nth(i).getAttribute('aria-label'))!);
    // Not pulled yet: such a tile cannot be dragged out of the window, and says so.
    expect(await tile(names[0]).locator('.card-tile__hint').textContent()).toBe('Pull to drag');
    await tile(names[0]).click();
    await tile(names[1]).click({ modifiers: ['Control'] });
    await page.getByRole('button', { name: 'Pull 2 selected' }).click();
    const end = page.getByTestId('pull-end');
    await end.filter({ hasText: '2 of 2 imported' }).waitFor({ timeout: 30_000 });
    expect(
      await browser()
        .getByText(/· 0 selected/)
        .count(),
    ).toBe(1);
    for (const name of names.slice(0, 2)) await tile(name).getByTestId('imported-badge').waitFor();
    expect(await tile(names[0]).locator('.card-tile__hint').count()).toBe(0);
    await s.screenshot('20-card-import-end-state');
  });

  it('skips files already imported by default, saying how many, and imports them again on purpose', async () => {
    const { page, api } = s;
    await tile(names[0]).click();
    await tile(names[1]).click({ modifiers: ['Control'] });
    await tile(names[2]).click({ modifiers: ['Control'] });
    await page.getByTestId('pull-skip-note').filter({ hasText: '2 already imported — skipped' }).waitFor();
    await s.screenshot('21-card-skip-imported');
    await page.getByRole('button', { name: 'Pull 3 selected' }).click();
    await page
      .getByTestId('pull-end')
      .filter({ hasText: '1 of 1 imported · 2 already imported, skipped' })
      .waitFor({ timeout: 30_000 });
    const shots = (await api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;
    expect(shots.filter((x) => names.slice(0, 3).includes(x.originalName))).toHaveLength(3);
    // On purpose: "Import again" pulls an imported file as a new number.
    await tile(names[0]).click();
    const pull = page.getByRole('button', { name: 'Pull 1 selected' });
    expect(await pull.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Import again' }).check();
    await pull.click();
    await expect
      .poll(
        async () =>
          (await api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data.filter(
            (x) => x.originalName === names[0],
          ).length,
        { timeout: 30_000 },
      )
      .toBe(2);
  });

  it('still marks them after the studio restarts, in the UI and in the REST listing', async () => {
    const { page } = s;
    await s.studio.restart();
    await page.reload();
    await page
      .getByTestId('connection-state')
      .filter({ hasText: /^Connected$/ })
      .waitFor({ timeout: 20_000 });
    await openCardAtYesterday();
    for (const name of names.slice(0, 3)) await tile(name).getByTestId('imported-badge').waitFor();
    expect(await tile(names[3]).getByTestId('imported-badge').count()).toBe(0);
    const listed = await listing();
    expect(names.slice(0, 4).map((n) => !!listed.find((f) => f.name === n)?.imported)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    await s.screenshot('22-card-imported-after-restart');
  });

  it('tiles dropped on a session of the list are pulled into that session (item 15)', async () => {
    const { page, api } = s;
    const active = (await api<{ data: { id: string } }>('GET', '/api/studio/sessions/active')).body.data;
    const created = await api<{ data: { id: string } }>('POST', '/api/studio/sessions', { name: 'Client B' });
    const target = page.getByRole('listitem', { name: 'Session Client B' });
    await target.waitFor({ timeout: 10_000 });
    // Back to the first session: the drop goes to a session that is not the active one.
    await api('POST', `/api/studio/sessions/${active.id}/activate`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Session' }).inputValue(), { timeout: 10_000 })
      .toBe(active.id);
    await tile(names[3]).click();
    await tile(names[4]).click({ modifiers: ['Control'] });
    await tile(names[4]).dragTo(target);
    await page.getByTestId('pull-end').filter({ hasText: '2 of 2 imported' }).waitFor({ timeout: 30_000 });
    const shots = (await api<{ data: Shot[] }>('GET', `/api/studio/shots?sessionId=${created.body.data.id}`))
      .body.data;
    expect(shots.map((x) => x.originalName).sort()).toEqual([names[3], names[4]].sort());
    const activeShots = (await api<{ data: Shot[] }>('GET', '/api/studio/shots')).body.data;
    expect(activeShots.some((x) => x.originalName === names[3])).toBe(false);
    await s.screenshot('23-card-dropped-on-session');
  });

  it('an OS folder dropped on the card browser in a browser: an honest message, no pull', async () => {
    const { page, api } = s;
    const before = (await api<{ data: unknown[] }>('GET', '/api/studio/transfers')).body.data.length;
    const dt = await page.evaluateHandle(() => {
      const d = new DataTransfer();
      d.items.add(new File([''], 'Client folder'));
      return d;
    });
    await browser().dispatchEvent('dragover', { dataTransfer: dt });
    await browser().dispatchEvent('drop', { dataTransfer: dt });
    await page.getByTestId('folder-drop-note').filter({ hasText: 'A browser cannot see where' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Destination folder' }).inputValue()).toBe('');
    expect((await api<{ data: unknown[] }>('GET', '/api/studio/transfers')).body.data.length).toBe(before);
    await s.screenshot('24-card-folder-drop-browser');
    // The restart above cut the page's requests for a moment; nothing else may have gone wrong.
    expect(s.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch|net::/.test(p))).toEqual([]);
  });
});
