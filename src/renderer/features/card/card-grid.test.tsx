// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeStudioClient, fakeCardFile } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { CardBrowser } from './card-browser';

const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));

/** A card of `n` files over several days, like a card of weeks of shooting. */
function bigCard(n: number) {
  const client = new FakeStudioClient();
  client.cardFiles = Array.from({ length: n }, (_, i) =>
    fakeCardFile(i + 1, `2024-05-${String(10 + Math.floor(i / 400)).padStart(2, '0')}`),
  );
  return client;
}

async function open(n: number) {
  const { client } = await renderStudio(<CardBrowser />, bigCard(n));
  await settle();
  const scroller = document.querySelector('.cardb__scroll') as HTMLElement;
  const canvas = document.querySelector('.cardb__canvas') as HTMLElement;
  return { client, scroller, height: Number.parseFloat(canvas.style.height) };
}

const thumbRequests = (client: FakeStudioClient) =>
  client.callsOf('getCardImage').map(([, ref]) => (ref as { contentId: number }).contentId);

describe('CardBrowser (virtualised)', () => {
  beforeEach(() =>
    localStorage.setItem(
      'tether-studio.ui-prefs',
      JSON.stringify({ autoConnect: true, mode: 'remote-transfer' }),
    ),
  );
  afterEach(cleanup);

  it('renders one screen of tiles of a 3,000-file card and asks thumbnails only for tiles in view', async () => {
    const { client } = await open(3000);
    const tiles = screen.getAllByRole('option');
    expect(tiles.length).toBeLessThan(120);
    const asked = thumbRequests(client);
    expect(asked.length).toBeGreaterThan(0);
    // Tiles rendered ahead of the scroll (the row below the view) are not asked for.
    expect(asked.length).toBeLessThan(tiles.length);
  });

  it('scrolling the whole card page by page asks each thumbnail once, at most visible tiles × pages', async () => {
    const { client, scroller, height } = await open(1200);
    const page = 1000; // the fallback view height where there is no layout
    // Tiles that fit in one view: 8 columns in the fallback width, and a partial row at each edge.
    const visibleTiles = 8 * (Math.ceil(page / 140) + 1);
    let pages = 1;
    for (let top = page; top < height; top += page) {
      await act(async () => {
        scroller.scrollTop = top;
        fireEvent.scroll(scroller);
        await new Promise((r) => setTimeout(r, 30));
      });
      pages++;
    }
    // And back up to the top: nothing is asked again.
    await act(async () => {
      scroller.scrollTop = 0;
      fireEvent.scroll(scroller);
      await new Promise((r) => setTimeout(r, 30));
    });
    await settle();
    const asked = thumbRequests(client);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeLessThanOrEqual(visibleTiles * pages);
    expect(asked.length).toBeGreaterThan(1000);
    expect(screen.getAllByRole('option').length).toBeLessThan(120);
  });
});
