import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardFile } from '../../shared/camera-types';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';
import { LogBuffer } from '../core/logger';
import { CardThumbCache } from './card-thumb-cache';

const log = new LogBuffer(10, null).logger('test');
const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, n & 0xff, 1, 2, 3, 0xff, 0xd9]);
const file = (extra: Partial<CardFile> = {}): CardFile => ({
  slot: 1,
  contentId: 7,
  fileId: 0,
  path: 'DCIM/100MSDCF/DSC00007.JPG',
  name: 'DSC00007.JPG',
  size: 1000,
  createdAt: '2025-01-01T10:00:00',
  kind: 'jpeg',
  ...extra,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-cthumbs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CardThumbCache', () => {
  it('fetches a thumbnail once, for concurrent requests and for a later process', async () => {
    const fetch = vi.fn(async () => jpeg(1));
    const a = new CardThumbCache(dir, log);
    const key = CardThumbCache.key('SER1', file());
    const got = await Promise.all([a.get(key, fetch), a.get(key, fetch), a.get(key, fetch)]);
    expect(got.every((b) => b[2] === 1)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    const b = new CardThumbCache(dir, log);
    expect((await b.get(key, fetch))[2]).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(b.stats).toEqual({ hits: 1, fetches: 0 });
  });

  it('keys by camera and by the file as listed: another body or a reused content id is another thumbnail', () => {
    const k = CardThumbCache.key('SER1', file());
    expect(CardThumbCache.key('SER1', file())).toBe(k);
    expect(CardThumbCache.key('SER2', file())).not.toBe(k);
    expect(CardThumbCache.key('SER1', file({ name: 'DSC09999.JPG' }))).not.toBe(k);
    expect(CardThumbCache.key('SER1', file({ createdAt: '2025-02-01T10:00:00' }))).not.toBe(k);
  });

  it('fetches again over a torn cache file and does not keep what is not a whole JPEG', async () => {
    const c = new CardThumbCache(dir, log);
    const key = CardThumbCache.key('SER1', file());
    await c.get(key, async () => jpeg(1));
    const [sub] = await readdir(dir);
    await writeFile(join(dir, sub, `${key}.jpg`), new Uint8Array([0xff, 0xd8, 1]));
    const fetch = vi.fn(async () => jpeg(2));
    expect((await new CardThumbCache(dir, log).get(key, fetch))[2]).toBe(2);
    expect(fetch).toHaveBeenCalledTimes(1);
    const bad = CardThumbCache.key('SER1', file({ contentId: 8 }));
    const garbage = vi.fn(async () => new Uint8Array([1, 2, 3]));
    await c.get(bad, garbage);
    await c.get(bad, garbage);
    expect(garbage).toHaveBeenCalledTimes(2);
  });

  it('keeps the folder under its bound, dropping the oldest thumbnails', async () => {
    const c = new CardThumbCache(dir, log, 80);
    for (let i = 0; i < 20; i++)
      await c.get(CardThumbCache.key('S', file({ contentId: i })), async () => jpeg(i));
    await c.prune();
    const subs = await readdir(dir);
    let count = 0;
    for (const s of subs) count += (await readdir(join(dir, s))).length;
    expect(count * 8).toBeLessThanOrEqual(80);
    expect(count).toBeGreaterThan(0);
  });
});

describe('CardService thumbnails through the cache', () => {
  let h: FakeStudio;
  afterEach(async () => h?.cleanup());

  it('asks the camera for a listed file thumbnail once; screennails are not kept', async () => {
    h = await fakeStudio({ connect: 'remote-transfer' });
    const cam = [...h.driver.cameras.keys()][0];
    h.driver.addCardFile(cam, 'DSC00001.JPG', jpeg(9));
    const spy = vi.spyOn(h.driver, 'getContentImage');
    const [f] = await h.studio.cards.list(cam, 1);
    const ref = { slot: f.slot, contentId: f.contentId, fileId: f.fileId };
    await h.studio.cards.image(cam, ref, 'thumbnail');
    await h.studio.cards.image(cam, ref, 'thumbnail');
    expect(spy).toHaveBeenCalledTimes(1);
    // Screennails are not cached.
    await h.studio.cards.image(cam, ref, 'screennail');
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
