// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CameraInfo } from '../../../shared/camera-types';
import { renderStudio } from '../../testing/render-studio';
import { LiveGrid, gridColumns } from './live-grid';

const body = (id: string, mode: CameraInfo['mode']): CameraInfo => ({
  id,
  model: 'ILCE-7M4',
  serial: `SN-${id}`,
  connectionType: 'USB',
  connected: true,
  driver: 'sim',
  mode,
  state: 'connected',
});

describe('grid live view of all bodies', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('streams every body in a shooting mode onto its own canvas; a click makes a body the main one', async () => {
    const { client, store, unmount } = await renderStudio(<LiveGrid />);
    await act(() => {
      store
        .getState()
        .setCameras([
          body('A', 'remote'),
          body('B', 'remote-transfer'),
          body('C', 'remote'),
          body('D', 'contents'),
        ]);
      store.getState().setActiveCamera('A');
    });
    const grid = screen.getByRole('region', { name: 'All bodies' });
    const tiles = within(grid).getAllByRole('button', { name: /ILCE-7M4/ });
    expect(tiles.map((t) => t.getAttribute('data-camera-id'))).toEqual(['A', 'B', 'C']);
    expect(within(grid).getAllByRole('img', { name: /Live view of/ })).toHaveLength(3);
    // One frame subscription per body (the card-only body has no live view).
    const subscribed = client.callsOf('subscribeFrames').map(([id]) => id);
    expect(subscribed).toEqual(expect.arrayContaining(['A', 'B', 'C']));
    expect(subscribed).not.toContain('D');
    // Exactly one stream per grid body (the window's own connect warm-up may hold another briefly).
    for (const id of ['A', 'B', 'C']) expect(client.frameSubscribersOf(id)).toBe(1);
    expect(tiles[0].getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(tiles[1]);
    expect(store.getState().activeCameraId).toBe('B');
    expect(tiles[1].getAttribute('aria-pressed')).toBe('true');
    expect(tiles[0].getAttribute('aria-pressed')).toBe('false');
    // The store holds the tiles' metadata only, never a frame.
    for (const tile of Object.values(store.getState().gridTiles))
      expect(Object.keys(tile).sort()).toEqual(['fps', 'height', 'phase', 'width']);
    expect(Object.keys(store.getState().gridTiles).sort()).toEqual(['A', 'B', 'C']);
    unmount();
    for (const id of ['A', 'B', 'C']) expect(client.frameSubscribersOf(id)).toBe(0);
    expect(store.getState().gridTiles).toEqual({});
  });

  it('says so when no body can stream, and lays tiles out as square as they fit', async () => {
    const { store } = await renderStudio(<LiveGrid />);
    await act(() => store.getState().setCameras([body('D', 'contents')]));
    expect(screen.getByText('No body is connected for live view')).toBeTruthy();
    expect([1, 2, 3, 4, 5, 9, 10].map(gridColumns)).toEqual([1, 2, 2, 2, 3, 3, 4]);
  });

  it('is a viewer tab (and the A key) next to the single live view', async () => {
    const { store } = await renderStudio();
    fireEvent.click(screen.getByRole('tab', { name: 'All bodies' }));
    expect(store.getState().viewer).toBe('grid');
    expect(screen.getByRole('region', { name: 'All bodies' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Main body only' }));
    expect(store.getState().viewer).toBe('live');
    fireEvent.keyDown(window, { key: 'a' });
    expect(store.getState().viewer).toBe('grid');
  });
});
