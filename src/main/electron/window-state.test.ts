import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from './window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tether-window-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state persistence', () => {
  it('starts from defaults and round-trips what was saved', async () => {
    expect(await loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    const state = { x: 120, y: 80, width: 1600, height: 1000, maximized: true, fullScreen: false };
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
    expect((await readdir(dir)).sort()).toEqual([WINDOW_STATE_FILE]); // no .part left behind
  });

  it('moves a corrupt file aside, reports it and opens with defaults', async () => {
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"width": 12, "height": "tall"');
    const reports: { movedTo: string; reason: string }[] = [];
    expect(await loadWindowState(dir, (r) => reports.push(r))).toEqual(DEFAULT_WINDOW_STATE);
    expect(reports).toHaveLength(1);
    expect(reports[0].reason).toMatch(/invalid JSON/);
    const files = await readdir(dir);
    expect(files).toEqual([reports[0].movedTo.split(/[\\/]/).pop()]);
    expect(await readFile(reports[0].movedTo, 'utf8')).toBe('{"width": 12, "height": "tall"');
  });

  it('rejects values outside the schema as corrupt too', async () => {
    await writeFile(join(dir, WINDOW_STATE_FILE), JSON.stringify({ width: 10, height: 10 }));
    const reports: { reason: string }[] = [];
    await loadWindowState(dir, (r) => reports.push(r));
    expect(reports[0]?.reason).toMatch(/width/);
  });

  it('refuses to save an invalid state', async () => {
    await expect(
      saveWindowState(dir, { width: 5, height: 5, maximized: false, fullScreen: false }),
    ).rejects.toThrow();
  });
});

describe('fitToDisplays', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1080 };
  const right = { x: 1920, y: 0, width: 2560, height: 1440 };

  it('keeps a position that is on a current display', () => {
    const state = { x: 2000, y: 100, width: 1400, height: 900, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [primary, right])).toEqual(state);
  });

  it('drops the position when its monitor is gone and clamps the size', () => {
    const state = { x: 2000, y: 100, width: 2500, height: 1400, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [primary])).toEqual({
      ...state,
      x: undefined,
      y: undefined,
      width: 1920,
      height: 1080,
    });
  });

  it('drops a position with the title bar off screen', () => {
    const state = { x: 100, y: -500, width: 1200, height: 800, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [primary]).y).toBeUndefined();
  });
});
