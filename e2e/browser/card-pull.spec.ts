import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { openConnectedStudio, type StudioPage } from '../helpers/studio-page';

type Job = { id: string; state: string; targetPath?: string; bytesTotal: number; originalName: string };

describe.skipIf(!chromiumAvailable())('browser UI: card browser and pulls', () => {
  let s: StudioPage;
  beforeAll(async () => {
    // A USB-2-like card read rate so progress is visible for a few hundred milliseconds per file.
    s = await openConnectedStudio({ simOptions: { rateBytesPerSec: 12e6 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('asks for a card mode, reconnects in Remote + card and lists the card by date', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Card' }).click();
    await page.getByRole('button', { name: 'Reconnect in Remote + card mode' }).click();
    await expect
      .poll(() => page.getByTestId('connection-state').textContent(), { timeout: 10_000 })
      .toBe('Connected');
    const groups = page.getByRole('region', { name: 'Card browser' }).getByRole('listbox');
    await groups.first().getByRole('option').first().waitFor({ timeout: 15_000 });
    expect(await groups.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('combobox', { name: 'Connection mode' }).inputValue()).toBe(
      'remote-transfer',
    );
    await page.waitForFunction(() => document.querySelectorAll('.card-tile img').length >= 4);
  });

  it('pulls the selected files with per-file and total progress to 100 %, and they land on disk', async () => {
    const { page, api } = s;
    const tiles = page.getByRole('region', { name: 'Card browser' }).getByRole('option');
    const jpegs = tiles.filter({ hasText: /\.JPG/ });
    const first = (await jpegs.nth(0).getAttribute('aria-label'))!;
    const second = (await jpegs.nth(1).getAttribute('aria-label'))!;
    await jpegs.nth(0).click();
    await jpegs.nth(1).click({ modifiers: ['Control'] });
    // Record every total percentage the UI shows, to prove progress was visible on the way to 100 %.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __pullSeen: string[] }).__pullSeen = seen;
      const watch = () => {
        const el = document.querySelector('[data-testid="pull-percent"]');
        if (el && seen[seen.length - 1] !== el.textContent) seen.push(el.textContent ?? '');
      };
      new MutationObserver(watch).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.getByRole('button', { name: 'Pull 2 selected' }).click();
    await page.getByTestId('pull-percent').filter({ hasText: '100%' }).waitFor({ timeout: 30_000 });
    await s.screenshot('07-card-pulled');
    const seen = await page.evaluate(() => (window as unknown as { __pullSeen: string[] }).__pullSeen);
    const values = seen.map((v) => Number.parseInt(v, 10));
    expect(values.at(-1)).toBe(100);
    expect(values.some((v) => v > 0 && v < 100)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));

    const jobs = (await api<{ data: Job[] }>('GET', '/api/studio/transfers')).body.data;
    const pulled = jobs.filter((j) => [first, second].includes(j.originalName));
    expect(pulled.map((j) => j.state)).toEqual(['done', 'done']);
    for (const j of pulled) {
      expect(existsSync(j.targetPath!)).toBe(true);
      expect(statSync(j.targetPath!).size).toBe(j.bytesTotal);
      expect(existsSync(`${j.targetPath}.part`)).toBe(false);
    }
    // Per-file bars on the tiles reached 100 % as well, and the transfers panel lists the files as saved.
    for (const name of [first, second]) {
      expect(
        await tiles.filter({ hasText: name }).getByRole('progressbar').getAttribute('aria-valuenow'),
      ).toBe('100');
    }
    const panel = page.getByRole('region', { name: 'Transfers' });
    expect(await panel.getByRole('listitem').filter({ hasText: 'Saved' }).count()).toBeGreaterThanOrEqual(2);
  });

  it('a pull can be cancelled, leaves no file under a final name, and can be retried', async () => {
    const { page, api } = s;
    const tiles = page.getByRole('region', { name: 'Card browser' }).getByRole('option');
    const raw = tiles.filter({ hasText: /\.ARW/ }).first();
    const name = (await raw.getAttribute('aria-label'))!;
    await raw.click();
    await page.getByRole('button', { name: 'Pull 1 selected' }).click();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Transfers' });
    const row = panel.getByRole('listitem').filter({ hasText: 'Cancelled' }).first();
    await row.waitFor({ timeout: 10_000 });
    const job = (await api<{ data: Job[] }>('GET', '/api/studio/transfers')).body.data.find(
      (j) => j.originalName === name && j.state === 'cancelled',
    );
    expect(job).toBeDefined();
    if (job?.targetPath) expect(existsSync(job.targetPath)).toBe(false);
    await s.screenshot('08-transfer-cancelled');
    await row.getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(
        async () =>
          (await api<{ data: Job[] }>('GET', '/api/studio/transfers')).body.data.some(
            (j) => j.originalName === name && j.state === 'done',
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    expect(s.problems).toEqual([]);
  });
});
