// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../../shared/studio-types';
import { fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

/** The RAW file of fake shot `n`'s frame (same sequence number and base name). */
function rawOf(n: number): ShotInfo {
  const jpg = fakeShot(n);
  const fileName = jpg.fileName.replace(/\.JPG$/, '.ARW');
  return { ...jpg, id: `raw-${n}`, fileName, path: `/tmp/Test/${fileName}`, kind: 'raw' };
}

async function studioWith(shots: ShotInfo[]) {
  const r = await renderStudio();
  r.client.shots = shots;
  await act(() => r.store.getState().setShots(shots));
  return { ...r, strip: screen.getByRole('listbox', { name: 'Shots' }) };
}

const tile = (strip: HTMLElement, id: string) =>
  within(strip)
    .getAllByRole('option')
    .find((o) => o.getAttribute('data-shot-id') === id)!;

describe('review views', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('opens a shot full screen from the strip, zooms fit ↔ 100 % (loading every pixel) and shows clipping', async () => {
    const { client, store, strip } = await studioWith([fakeShot(1), fakeShot(2)]);
    fireEvent.doubleClick(tile(strip, 'shot-2'));
    expect(store.getState()).toMatchObject({ viewer: 'shot', fullscreen: true, selectedShotId: 'shot-2' });
    await settle();
    // The shot viewer loads on demand (a lazy view): wait for it, then for its image requests.
    const view = await screen.findByRole('region', { name: 'Shot preview' });
    await settle();
    const pane = view.querySelector('[data-zoom]')!;
    expect(pane.getAttribute('data-zoom')).toBe('fit');
    expect(client.callsOf('getShotImage')).toContainEqual(['shot-2', 'preview']);
    expect(client.callsOf('getShotImage')).not.toContainEqual(['shot-2', 'full']);

    fireEvent.keyDown(window, { key: 'z' });
    await settle();
    expect(pane.getAttribute('data-zoom')).toBe('actual');
    expect(client.callsOf('getShotImage')).toContainEqual(['shot-2', 'full']);
    const tools = within(view).getByRole('toolbar', { name: 'Review tools' });
    expect(within(tools).getByRole('button', { name: '100 %' }).getAttribute('aria-pressed')).toBe('true');
    // A click (press and release without moving) goes back to fit.
    fireEvent.pointerDown(pane, { button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(pane, { button: 0, clientX: 11, clientY: 10 });
    expect(pane.getAttribute('data-zoom')).toBe('fit');

    expect(within(view).queryByRole('img', { name: 'Clipping warnings' })).toBeNull();
    fireEvent.keyDown(window, { key: 'j' });
    expect(within(view).getByRole('img', { name: 'Clipping warnings' })).toBeTruthy();
    expect(within(tools).getByRole('button', { name: 'Clipping' }).getAttribute('aria-pressed')).toBe('true');

    // Esc leaves full screen first, then the shot for live view.
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState()).toMatchObject({ viewer: 'shot', fullscreen: false });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().viewer).toBe('live');
    // Enter opens the selected shot full screen again.
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(store.getState()).toMatchObject({ viewer: 'shot', fullscreen: true });
  });

  it('compares marked shots 2-up and 4-up with one zoom, rating the active pane', async () => {
    const { client, store, strip } = await studioWith([1, 2, 3, 4, 5].map(fakeShot));
    fireEvent.click(tile(strip, 'shot-5'));
    fireEvent.click(tile(strip, 'shot-3'), { ctrlKey: true });
    // The first mark takes the selected shot along.
    expect(store.getState().compareIds).toEqual(['shot-5', 'shot-3']);
    expect(tile(strip, 'shot-3').getAttribute('data-compare')).toBe('2');
    fireEvent.keyDown(window, { key: 'n' });
    const compare = screen.getByRole('region', { name: 'Compare' });
    expect(compare.className).toContain('compare--2');
    const panes = () => within(compare).getAllByRole('region', { name: /^Compare \d/ });
    expect(panes().map((p) => p.getAttribute('data-shot-id'))).toEqual(['shot-5', 'shot-3']);
    expect(panes()[0].getAttribute('aria-current')).toBe('true');

    // One zoom for every pane.
    fireEvent.keyDown(window, { key: 'z' });
    expect(panes().map((p) => p.querySelector('[data-zoom]')!.getAttribute('data-zoom'))).toEqual([
      'actual',
      'actual',
    ]);
    // → moves to the next pane; the rating keys go to the active one.
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(panes()[1].getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(window, { key: '3' });
    await settle();
    expect(client.callsOf('reviewShots')).toEqual([[['shot-3'], { rating: 3 }]]);
    // A click on the other pane makes it active (without zooming it).
    const first = panes()[0].querySelector('[data-zoom]')!;
    fireEvent.pointerDown(first, { button: 0, clientX: 5, clientY: 5 });
    fireEvent.pointerUp(first, { button: 0, clientX: 5, clientY: 5 });
    expect(store.getState().selectedShotId).toBe('shot-5');
    expect(first.getAttribute('data-zoom')).toBe('actual');

    fireEvent.click(tile(strip, 'shot-2'), { metaKey: true });
    fireEvent.click(tile(strip, 'shot-1'), { ctrlKey: true });
    expect(compare.className).toContain('compare--4');
    expect(panes()).toHaveLength(4);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().viewer).toBe('shot');
  });

  it('shows a RAW+JPEG pair as one tile with a badge, and rates both files together', async () => {
    const { client, store, strip } = await studioWith([fakeShot(1), rawOf(1), fakeShot(2)]);
    expect(
      within(strip)
        .getAllByRole('option')
        .map((o) => o.getAttribute('data-shot-id')),
    ).toEqual(['shot-2', 'shot-1']);
    expect(within(tile(strip, 'shot-1')).getByText('RAW+JPEG')).toBeTruthy();
    expect(within(tile(strip, 'shot-2')).queryByText('RAW+JPEG')).toBeNull();
    fireEvent.click(tile(strip, 'shot-1'));
    await settle();
    expect(screen.getByTestId('pair-partner').textContent).toContain('Test_0001.ARW');
    fireEvent.keyDown(window, { key: '5' });
    await settle();
    expect(client.callsOf('reviewShots')).toEqual([[['shot-1'], { rating: 5 }]]);
    expect(store.getState().reviews['raw-1']?.rating).toBe(5);
    expect(store.getState().reviews['shot-1']?.rating).toBe(5);
    // ← → step over tiles, not files: from the newest tile one step older is the pair.
    fireEvent.click(tile(strip, 'shot-2'));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().selectedShotId).toBe('shot-1');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().selectedShotId).toBe('shot-1');
  });
});
