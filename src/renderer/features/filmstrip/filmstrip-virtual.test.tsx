// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../../shared/studio-types';
import { FakeStudioClient, fakeShot } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { stepSelection } from '../review/strip-tiles';
import { Filmstrip, STRIP_PITCH } from './filmstrip';
import { PUSH_GRACE_MS } from './strip-thumbs';

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

function shots(n: number): ShotInfo[] {
  return Array.from({ length: n }, (_, i) => ({
    ...fakeShot(i + 1),
    importedAt: new Date(Date.UTC(2024, 4, 14, 10) + i * 1000).toISOString(),
  }));
}

async function strip(n: number) {
  const client = new FakeStudioClient();
  client.shots = shots(n);
  const r = await renderStudio(<Filmstrip />, client);
  await settle();
  const list = screen.getByRole('listbox', { name: 'Shots' });
  return { ...r, list, options: () => within(list).queryAllByRole('option') };
}

async function scrollTo(list: HTMLElement, left: number) {
  await act(async () => {
    list.scrollLeft = left;
    fireEvent.scroll(list);
    await new Promise((r) => setTimeout(r, 30));
  });
}

describe('Filmstrip (virtualised)', () => {
  afterEach(cleanup);

  it('renders one screen of items whatever the session size', async () => {
    const small = await strip(100);
    const few = small.options().length;
    cleanup();
    const big = await strip(5000);
    const many = big.options().length;
    expect(few).toBeGreaterThan(5);
    expect(many).toBe(few);
    expect(many).toBeLessThan(30);
    // Newest first, placed by index; the list is as wide as all 5,000 items.
    const first = big.options()[0];
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('5000');
    expect(first.querySelector('.strip__name')?.textContent).toBe('Test_5000.JPG');
  });

  it('renders the items where it is scrolled to, still a bounded number', async () => {
    const { list, options } = await strip(5000);
    await scrollTo(list, 3000 * STRIP_PITCH);
    const shown = options().map((o) => Number(o.getAttribute('aria-posinset')));
    expect(shown.length).toBeLessThan(30);
    expect(Math.min(...shown)).toBeLessThanOrEqual(3001);
    expect(Math.max(...shown)).toBeGreaterThan(3001);
    expect(shown.every((p) => p > 2990 && p < 3030)).toBe(true);
  });

  it('asks for each thumbnail once, also when scrolled away and back', async () => {
    const { list, client } = await strip(2000);
    const first = client.callsOf('getShotImage').length;
    expect(first).toBeGreaterThan(5);
    await scrollTo(list, 1000 * STRIP_PITCH);
    await settle();
    await scrollTo(list, 0);
    await settle();
    const ids = client.callsOf('getShotImage').map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  /** A 50-shot strip, then shot 51 arrives: tethered (its thumbnail pushed) or pulled (not pushed). */
  async function arrival(how: 'tethered' | 'pulled') {
    const { client, list } = await strip(50);
    const arrived = { ...fakeShot(51), importedAt: new Date(Date.UTC(2024, 4, 15)).toISOString() };
    await act(async () => {
      if (how === 'tethered') client.studio.arrive(arrived);
      else client.studio.arrivePulled(arrived);
    });
    await settle();
    const item = () => list.querySelector('[data-shot-id="shot-51"]');
    expect(item()?.getAttribute('aria-selected')).toBe('true');
    const asked = () => client.callsOf('getShotImage').filter(([id]) => id === 'shot-51').length;
    const src = () => item()?.querySelector('img')?.getAttribute('src');
    return { asked, src };
  }

  it('a tethered shot shows the thumbnail pushed behind it, and nothing is asked for', async () => {
    const { asked, src } = await arrival('tethered');
    expect(src()).toMatch(/^data:image\/jpeg;base64,/);
    await new Promise((r) => setTimeout(r, PUSH_GRACE_MS + 50));
    expect(asked()).toBe(0);
  });

  it('a shot without a pushed thumbnail has it asked once, after the push grace, and shown', async () => {
    const { asked, src } = await arrival('pulled');
    expect(asked()).toBe(0);
    await act(async () => {
      await new Promise((r) => setTimeout(r, PUSH_GRACE_MS + 50));
    });
    await settle();
    expect(src()).toMatch(/^blob:/);
    expect(asked()).toBe(1);
  });

  it('browses a 3,000-shot session with the arrow keys, the DOM bounded and each thumbnail asked once', async () => {
    const client = new FakeStudioClient();
    client.shots = shots(3000);
    const { store } = await renderStudio(undefined, client);
    await settle();
    const list = screen.getByRole('listbox', { name: 'Shots' });
    await act(async () => store.getState().selectShot('shot-3000'));
    for (let i = 0; i < 200; i++) fireEvent.keyDown(window, { key: 'ArrowRight' });
    await settle();
    expect(store.getState().selectedShotId).toBe('shot-2800');
    const selected = within(list)
      .getAllByRole('option')
      .find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected?.getAttribute('data-shot-id')).toBe('shot-2800');
    expect(within(list).getAllByRole('option').length).toBeLessThan(30);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await settle();
    expect(store.getState().selectedShotId).toBe('shot-2801');
    const thumbs = client
      .callsOf('getShotImage')
      .filter(([, kind]) => kind === 'thumbnail')
      .map(([id]) => id);
    expect(new Set(thumbs).size).toBe(thumbs.length);
  });

  it('moves the selection beyond the rendered items and brings it into view', async () => {
    const { store, options } = await strip(300);
    await act(async () => store.getState().selectShot('shot-300'));
    await act(async () => {
      for (let i = 0; i < 40; i++) stepSelection(store.getState(), 1);
    });
    await settle();
    expect(store.getState().selectedShotId).toBe('shot-260');
    const selected = options().find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected?.getAttribute('data-shot-id')).toBe('shot-260');
  });
});
