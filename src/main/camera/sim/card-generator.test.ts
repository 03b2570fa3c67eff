import { describe, expect, it } from 'vitest';
import type { CardFile } from '../../../shared/camera-types';
import { pipelinesStarted } from '../../imaging/sharp-runtime';
import { simCardFiles } from './card-generator';
import { SimDriver } from './sim-driver';
import { simIdentity } from './sim-models';
import { VirtualCard } from './virtual-card';

const now = new Date(2025, 4, 20, 18, 0, 0);
const day = (f: CardFile) => f.createdAt.slice(0, 10);

describe('a simulated card of thousands of files', () => {
  it('is generated without rendering anything, with exactly the files asked for', () => {
    const before = pipelinesStarted();
    const card = new VirtualCard(simIdentity(0), now, { files: 3000 });
    const files = card.list(1);
    expect(files).toHaveLength(3000);
    expect(card.slots(20_000_000)[0]).toMatchObject({ fileCount: 3000, status: 'ok' });
    expect(card.remainingPhotos(20_000_000)).toBeGreaterThan(0);
    expect(pipelinesStarted()).toBe(before);
  });

  it('spreads shots over days, oldest first, pairs RAW+JPEG, sprinkles movies', () => {
    const files = new VirtualCard(simIdentity(0), now, { files: 3000 }).list(1);
    const days = new Set(files.map(day));
    expect(days.size).toBeGreaterThanOrEqual(5);
    const times = files.map((f) => Date.parse(f.createdAt));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    const byContent = new Map<number, CardFile[]>();
    for (const f of files) byContent.set(f.contentId, [...(byContent.get(f.contentId) ?? []), f]);
    const pairs = [...byContent.values()].filter((g) => g.length === 2);
    expect(pairs.length).toBeGreaterThan(500);
    for (const [a, b] of pairs) {
      expect([a.kind, b.kind]).toEqual(['raw', 'jpeg']);
      expect(a.path.replace(/\.ARW$/, '')).toBe(b.path.replace(/\.JPG$/, ''));
    }
    const movies = files.filter((f) => f.kind === 'movie');
    expect(movies.length).toBeGreaterThan(10);
    expect(movies.every((m) => /^PRIVATE\/M4ROOT\/CLIP\/C\d{4}\.MP4$/.test(m.path))).toBe(true);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('numbers files like the body: DSC up to 09999 in 100MSDCF, then 00001 in 101MSDCF', () => {
    const stills = new VirtualCard(simIdentity(0), now, { files: 3000 })
      .list(1)
      .filter((f) => f.kind !== 'movie');
    expect(stills.every((f) => /^DCIM\/1\d\dMSDCF\/DSC\d{5}\.(JPG|ARW)$/.test(f.path))).toBe(true);
    const folders = [...new Set(stills.map((f) => f.path.slice(5, 13)))];
    expect(folders).toEqual(['100MSDCF', '101MSDCF']);
    const lastOfFirst = stills.filter((f) => f.path.startsWith('DCIM/100')).at(-1) as CardFile;
    const firstOfSecond = stills.find((f) => f.path.startsWith('DCIM/101')) as CardFile;
    expect(lastOfFirst.name.slice(0, 8)).toBe('DSC09999');
    expect(firstOfSecond.name.slice(0, 8)).toBe('DSC00001');
    // New shots continue the counter in the current folder.
    const card = new VirtualCard(simIdentity(0), now, { files: 3000 });
    expect(card.takeFileNumber().folder).toBe(101);
  });

  it('renders a thumbnail only when asked, and a second ask costs nothing', async () => {
    const card = new VirtualCard(simIdentity(0), now, { files: 3000 });
    const file = card.list(1)[1234];
    const first = await card.image(card.entry(file), 'thumbnail');
    const before = pipelinesStarted();
    const again = await card.image(card.entry(file), 'thumbnail');
    expect(pipelinesStarted()).toBe(before);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('comes from the driver option or TETHER_SIM_CARD_SHOTS, and its files read back at their size', async () => {
    expect(simCardFiles({ TETHER_SIM_CARD_SHOTS: '3000' })).toBe(3000);
    expect(simCardFiles({ TETHER_SIM_CARD_SHOTS: 'lots' })).toBeUndefined();
    expect(simCardFiles({})).toBeUndefined();
    const driver = new SimDriver({
      cameras: 1,
      cardFiles: 3200,
      connectDelayMs: 1,
      rateBytesPerSec: Infinity,
    });
    await driver.start();
    try {
      const [cam] = await driver.listCameras();
      await driver.connect(cam.id, 'contents');
      const files = await driver.listContents(cam.id, 1);
      expect(files).toHaveLength(3200);
      const jpeg = files.filter((f) => f.kind === 'jpeg').at(-1) as CardFile;
      const { size, stream } = await driver.openContent(cam.id, jpeg);
      let read = 0;
      for await (const chunk of stream) read += (chunk as Buffer).length;
      expect([size, read]).toEqual([jpeg.size, jpeg.size]);
    } finally {
      await driver.stop();
    }
  });
});
